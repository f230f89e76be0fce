#include "sunrelay/exchange/plan_merge.h"

#include "plan_document.h"
#include "plan_layout.h"
#include "sunrelay/exchange/plan_json.h"
#include "text_util.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace sunrelay::exchange
{

namespace
{

using detail::ConflictVersions;
using detail::LaidOutValue;
using detail::OrderedJson;
using detail::TopLevelEntry;

// ---------------------------------------------------------------------------
// The three-way rule, for a whole value or one field: a missing value
// (nullptr) is one that is not there (deleted, or not yet added).

bool same(const OrderedJson *a, const OrderedJson *b)
{
    if (a == nullptr || b == nullptr)
        return a == b;
    return *a == *b;
}

enum class Pick {
    Ours, // ours changed it, or both changed it the same way, or nobody did
    Theirs, // only theirs changed it
    Conflict, // both changed it, differently
};

Pick pick(const OrderedJson *base, const OrderedJson *ours, const OrderedJson *theirs)
{
    if (same(ours, theirs) || same(theirs, base))
        return Pick::Ours;
    if (same(ours, base))
        return Pick::Theirs;
    return Pick::Conflict;
}

const OrderedJson *field(const OrderedJson *object, const std::string &key)
{
    if (object == nullptr || !object->is_object())
        return nullptr;
    const auto it = object->find(key);
    return it == object->end() ? nullptr : &*it;
}

// Two objects merged key by key. Where both sides changed a key differently
// `ours` gets ours' value and `theirs` theirs'; elsewhere they are equal.
struct FieldMerge {
    OrderedJson ours = OrderedJson::object();
    OrderedJson theirs = OrderedJson::object();
    std::vector<std::string> conflicts; // the keys, after `prefix`
};

FieldMerge mergeFields(const OrderedJson *base,
                       const OrderedJson &ours,
                       const OrderedJson &theirs,
                       const std::string &prefix);

// [{"handoff": 2, "note": "..."}] as {"2": "..."}, so that notes merge one by
// one: two leads writing the notes of different handoffs of a task do not
// conflict.
OrderedJson notesByNumber(const OrderedJson *notes)
{
    OrderedJson byNumber = OrderedJson::object();
    if (notes != nullptr && notes->is_array())
        for (const OrderedJson &note : *notes)
            byNumber[std::to_string(note.at("handoff").get<long long>())] = note.at("note");
    return byNumber;
}

// Back to the written form: in number order, no key when there are none.
void setNotes(OrderedJson &task, const OrderedJson &byNumber)
{
    if (byNumber.empty())
        return;
    std::map<long long, OrderedJson> sorted;
    for (auto it = byNumber.begin(); it != byNumber.end(); ++it)
        sorted.emplace(std::stoll(it.key()), it.value());
    OrderedJson notes = OrderedJson::array();
    for (const auto &entry : sorted)
        notes.push_back(OrderedJson{{"handoff", entry.first}, {"note", entry.second}});
    task["handoffNotes"] = std::move(notes);
}

void mergeHandoffNotes(const OrderedJson *base,
                       const OrderedJson *ours,
                       const OrderedJson *theirs,
                       FieldMerge &merge)
{
    const OrderedJson baseNotes = notesByNumber(base);
    FieldMerge notes =
        mergeFields(&baseNotes, notesByNumber(ours), notesByNumber(theirs), "handoffNotes.");
    setNotes(merge.ours, notes.ours);
    setNotes(merge.theirs, notes.theirs);
    merge.conflicts.insert(merge.conflicts.end(), notes.conflicts.begin(), notes.conflicts.end());
}

FieldMerge mergeFields(const OrderedJson *base,
                       const OrderedJson &ours,
                       const OrderedJson &theirs,
                       const std::string &prefix)
{
    std::vector<std::string> keys;
    for (auto it = ours.begin(); it != ours.end(); ++it)
        keys.push_back(it.key());
    for (auto it = theirs.begin(); it != theirs.end(); ++it)
        if (!ours.contains(it.key()))
            keys.push_back(it.key());
    FieldMerge merge;
    for (const std::string &key : keys) {
        const OrderedJson *oursValue = field(&ours, key);
        const OrderedJson *theirsValue = field(&theirs, key);
        if (key == "handoffNotes" && prefix.empty()) {
            mergeHandoffNotes(field(base, key), oursValue, theirsValue, merge);
            continue;
        }
        const Pick choice = pick(field(base, key), oursValue, theirsValue);
        const OrderedJson *forOurs = choice == Pick::Theirs ? theirsValue : oursValue;
        const OrderedJson *forTheirs = choice == Pick::Ours ? oursValue : theirsValue;
        if (forOurs)
            merge.ours[key] = *forOurs;
        if (forTheirs)
            merge.theirs[key] = *forTheirs;
        if (choice == Pick::Conflict)
            merge.conflicts.push_back(prefix + key);
    }
    return merge;
}

// ---------------------------------------------------------------------------
// Lists of regions, members and tasks, matched by id.

// What a list holds and how its elements are named in markers and messages.
struct ListKind {
    std::string key; // "members"
    std::string part; // "member"
    std::string nameKey; // "name", or "title" for a task
};

std::string elementName(const ListKind &kind, const OrderedJson *ours, const OrderedJson *theirs)
{
    const OrderedJson *element = ours ? ours : theirs;
    const OrderedJson *name = field(element, kind.nameKey);
    return name && name->is_string() ? name->get<std::string>() : std::string();
}

struct ElementMerge {
    std::optional<LaidOutValue> value; // nullopt: deleted
    std::optional<MergeConflict> conflict;
};

ElementMerge mergeElement(const ListKind &kind,
                          const std::string &id,
                          const OrderedJson *base,
                          const OrderedJson *ours,
                          const OrderedJson *theirs)
{
    const Pick choice = pick(base, ours, theirs);
    if (choice != Pick::Conflict) {
        const OrderedJson *taken = choice == Pick::Ours ? ours : theirs;
        return {taken ? std::optional<LaidOutValue>(*taken) : std::nullopt, std::nullopt};
    }
    MergeConflict conflict{MergeConflictKind::ChangedOnBothSides,
                           kind.part,
                           id,
                           elementName(kind, ours, theirs),
                           {},
                           {}};
    const auto versions = [&](const OrderedJson *oursVersion, const OrderedJson *theirsVersion) {
        return ConflictVersions{conflictLabel(conflict),
                                oursVersion ? std::optional(*oursVersion) : std::nullopt,
                                theirsVersion ? std::optional(*theirsVersion) : std::nullopt};
    };
    if (!ours || !theirs || !base) {
        conflict.kind = !ours ? MergeConflictKind::DeletedByOurs
            : !theirs         ? MergeConflictKind::DeletedByTheirs
                              : MergeConflictKind::AddedOnBothSides;
        return {versions(ours, theirs), conflict};
    }
    FieldMerge fields = mergeFields(base, *ours, *theirs, "");
    if (fields.conflicts.empty())
        return {LaidOutValue(std::move(fields.ours)), std::nullopt};
    conflict.fields = std::move(fields.conflicts);
    conflict.name = elementName(kind, &fields.ours, nullptr); // with theirs' rename, say
    return {versions(&fields.ours, &fields.theirs), conflict};
}

// One side's list: its elements by id, and the ids in list order.
struct IndexedList {
    std::map<std::string, const OrderedJson *> byId;
    std::vector<std::string> order;
};

IndexedList indexList(const OrderedJson *list)
{
    IndexedList indexed;
    if (list == nullptr || !list->is_array())
        return indexed;
    for (const OrderedJson &element : *list) {
        const OrderedJson *id = field(&element, "id");
        if (id && id->is_string()) { // always so: the documents come from Plans
            indexed.byId.emplace(id->get<std::string>(), &element);
            indexed.order.push_back(id->get<std::string>());
        }
    }
    return indexed;
}

std::vector<std::string> kept(const std::vector<std::string> &order,
                              const std::function<bool(const std::string &)> &keep)
{
    std::vector<std::string> result;
    for (const std::string &id : order)
        if (keep(id))
            result.push_back(id);
    return result;
}

struct OrderMerge {
    std::vector<std::string> order;
    bool conflict = false; // both sides reordered differently: ours' order kept
};

// The order of the merged list's ids (`present`): the order of the side that
// reordered (ours if neither or both did), and each element only the other
// side has placed after the element it follows there.
OrderMerge mergeOrder(const IndexedList &base,
                      const IndexedList &ours,
                      const IndexedList &theirs,
                      const std::set<std::string> &present)
{
    const auto inAll = [&](const std::string &id) {
        return present.contains(id) && base.byId.contains(id) && ours.byId.contains(id)
            && theirs.byId.contains(id);
    };
    const auto baseOrder = kept(base.order, inAll);
    const auto oursOrder = kept(ours.order, inAll);
    const auto theirsOrder = kept(theirs.order, inAll);
    const bool takeTheirs = oursOrder == baseOrder && theirsOrder != baseOrder;
    OrderMerge merge;
    merge.conflict = oursOrder != baseOrder && theirsOrder != baseOrder && oursOrder != theirsOrder;
    const IndexedList &chosen = takeTheirs ? theirs : ours;
    const IndexedList &other = takeTheirs ? ours : theirs;

    const auto placed = kept(chosen.order, [&](const std::string &id) {
        return present.contains(id);
    });
    const std::set<std::string> placedIds(placed.begin(), placed.end());
    std::map<std::string, std::vector<std::string>> followers; // "" for the front
    std::string previous;
    for (const std::string &id : other.order) {
        if (placedIds.contains(id))
            previous = id;
        else if (present.contains(id))
            followers[previous].push_back(id);
    }
    const auto appendFollowers = [&](const std::string &id) {
        if (const auto it = followers.find(id); it != followers.end())
            merge.order.insert(merge.order.end(), it->second.begin(), it->second.end());
    };
    appendFollowers("");
    for (const std::string &id : placed) {
        merge.order.push_back(id);
        appendFollowers(id);
    }
    return merge;
}

struct ListMerge {
    std::vector<LaidOutValue> elements;
    std::vector<MergeConflict> conflicts;
};

ListMerge mergeList(const ListKind &kind,
                    const OrderedJson &base,
                    const OrderedJson &ours,
                    const OrderedJson &theirs)
{
    const IndexedList baseList = indexList(field(&base, kind.key));
    const IndexedList oursList = indexList(field(&ours, kind.key));
    const IndexedList theirsList = indexList(field(&theirs, kind.key));
    const auto find = [](const IndexedList &list, const std::string &id) -> const OrderedJson * {
        const auto it = list.byId.find(id);
        return it == list.byId.end() ? nullptr : it->second;
    };
    std::map<std::string, ElementMerge> merged;
    std::set<std::string> present;
    for (const IndexedList *list : {&baseList, &oursList, &theirsList}) {
        for (const std::string &id : list->order) {
            if (merged.contains(id))
                continue;
            ElementMerge element = mergeElement(kind,
                                                id,
                                                find(baseList, id),
                                                find(oursList, id),
                                                find(theirsList, id));
            if (element.value)
                present.insert(id);
            merged.emplace(id, std::move(element));
        }
    }
    const OrderMerge order = mergeOrder(baseList, oursList, theirsList, present);
    ListMerge result;
    if (order.conflict)
        result.conflicts.push_back(
            {MergeConflictKind::ReorderedOnBothSides, kind.key, {}, {}, {}, {}});
    for (const std::string &id : order.order) {
        ElementMerge &element = merged.at(id);
        result.elements.push_back(std::move(*element.value));
        if (element.conflict)
            result.conflicts.push_back(std::move(*element.conflict));
    }
    return result;
}

// ---------------------------------------------------------------------------
// The whole plan.

struct PlanDocuments {
    OrderedJson base;
    OrderedJson ours;
    OrderedJson theirs;
};

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

Expected<OrderedJson, MergeInputError> readDocument(MergeSide side, std::string_view text)
{
    if (side == MergeSide::Base && isBlank(text))
        return OrderedJson::object();
    auto plan = readPlanJson(text);
    if (!plan)
        return MergeInputError{side, plan.error()};
    return detail::planDocument(plan.value());
}

// `name`, or one policy value after another: a conflict keeps the key's
// whole value twice, ours and theirs.
TopLevelEntry mergePlanField(const PlanDocuments &documents,
                             const std::string &key,
                             std::vector<MergeConflict> &conflicts)
{
    // Both sides come from Plans, which always have the key; a missing one
    // reads as null all the same.
    static const OrderedJson missing;
    const OrderedJson *base = field(&documents.base, key);
    const OrderedJson *oursValue = field(&documents.ours, key);
    const OrderedJson *theirsValue = field(&documents.theirs, key);
    const OrderedJson &ours = oursValue ? *oursValue : missing;
    const OrderedJson &theirs = theirsValue ? *theirsValue : missing;
    FieldMerge merge;
    if (ours.is_object() && theirs.is_object()) {
        merge = mergeFields(base, ours, theirs, key + ".");
    } else {
        const Pick choice = pick(base, &ours, &theirs);
        merge.ours = choice == Pick::Theirs ? theirs : ours;
        merge.theirs = choice == Pick::Ours ? ours : theirs;
        if (choice == Pick::Conflict)
            merge.conflicts.push_back(key);
    }
    if (merge.conflicts.empty())
        return {key, std::move(merge.ours), std::nullopt};
    conflicts.push_back(
        {MergeConflictKind::ChangedOnBothSides, "plan", {}, {}, merge.conflicts, {}});
    return {key,
            ConflictVersions{"plan " + key, std::move(merge.ours), std::move(merge.theirs)},
            std::nullopt};
}

PlanMerge mergeDocuments(const PlanDocuments &documents)
{
    PlanMerge result;
    std::vector<TopLevelEntry> entries;
    entries.push_back({"sunrelayPlan", OrderedJson(planJsonVersion), std::nullopt});
    entries.push_back(mergePlanField(documents, "name", result.conflicts));
    entries.push_back(mergePlanField(documents, "policy", result.conflicts));
    for (const ListKind &kind : {ListKind{"regions", "region", "name"},
                                 ListKind{"members", "member", "name"},
                                 ListKind{"tasks", "task", "title"}}) {
        ListMerge list = mergeList(kind, documents.base, documents.ours, documents.theirs);
        entries.push_back({kind.key, OrderedJson(), std::move(list.elements)});
        result.conflicts.insert(result.conflicts.end(),
                                list.conflicts.begin(),
                                list.conflicts.end());
    }
    result.text = detail::layOutPlan(entries);
    if (!result.conflicts.empty())
        return result;
    // Each side was valid, but not necessarily their union: theirs may have
    // deleted the region ours gave a new member.
    const auto merged = readPlanJson(result.text);
    if (!merged)
        result.conflicts.push_back(
            {MergeConflictKind::InvalidResult, "plan", {}, {}, {}, merged.error().message()});
    return result;
}

} // namespace

std::string conflictLabel(const MergeConflict &conflict)
{
    if (conflict.id.empty())
        return conflict.part;
    // One line whatever the id and name hold: quoted() escapes controls.
    std::string label = conflict.part + " " + detail::quoted(conflict.id);
    const std::string name = detail::quoted(conflict.name);
    if (name.size() > 2)
        label += " (" + name.substr(1, name.size() - 2) + ")";
    return label;
}

Expected<PlanMerge, MergeInputError>
mergePlanJson(std::string_view base, std::string_view ours, std::string_view theirs)
{
    auto baseDocument = readDocument(MergeSide::Base, base);
    if (!baseDocument)
        return baseDocument.error();
    auto oursDocument = readDocument(MergeSide::Ours, ours);
    if (!oursDocument)
        return oursDocument.error();
    auto theirsDocument = readDocument(MergeSide::Theirs, theirs);
    if (!theirsDocument)
        return theirsDocument.error();
    return mergeDocuments({std::move(baseDocument).value(),
                           std::move(oursDocument).value(),
                           std::move(theirsDocument).value()});
}

} // namespace sunrelay::exchange
