#include "plan_layout.h"

namespace sunrelay::exchange::detail
{

namespace
{

constexpr int indentStep = 2;

std::string scalarText(const OrderedJson &value)
{
    return value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

std::string keyText(const std::string &key)
{
    return scalarText(OrderedJson(key)) + ": ";
}

// A value on one line: {"days": ["mon", "tue"], "start": "09:00"}.
std::string inlineText(const OrderedJson &value)
{
    std::string text;
    if (value.is_object()) {
        text += '{';
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it != value.begin())
                text += ", ";
            text += keyText(it.key()) + inlineText(it.value());
        }
        return text + '}';
    }
    if (value.is_array()) {
        text += '[';
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it != value.begin())
                text += ", ";
            text += inlineText(*it);
        }
        return text + ']';
    }
    return scalarText(value);
}

std::string spaces(int indent)
{
    return std::string(static_cast<std::size_t>(indent), ' ');
}

// A field of a member or task: a non-empty array gets one line per element
// (a weekly range, a time-off range, a handoff note); anything else one line.
std::string fieldText(const OrderedJson &value, int indent)
{
    if (!value.is_array() || value.empty())
        return inlineText(value);
    std::string text = "[\n";
    for (std::size_t i = 0; i < value.size(); ++i) {
        text += spaces(indent + indentStep) + inlineText(value[i]);
        text += i + 1 < value.size() ? ",\n" : "\n";
    }
    return text + spaces(indent) + "]";
}

// An object with one key a line, each value laid out as a field.
std::string objectText(const OrderedJson &object, int indent)
{
    if (!object.is_object() || object.empty())
        return inlineText(object);
    std::string text = "{\n";
    std::size_t index = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++index) {
        text += spaces(indent + indentStep) + keyText(it.key())
            + fieldText(it.value(), indent + indentStep);
        text += index + 1 < object.size() ? ",\n" : "\n";
    }
    return text + spaces(indent) + "}";
}

std::string comma(bool needed)
{
    return needed ? "," : "";
}

void appendConflict(std::string &text,
                    const ConflictVersions &conflict,
                    const std::string &oursText,
                    const std::string &theirsText)
{
    text += std::string(oursMarker) + "ours: " + conflict.label
        + (conflict.ours ? "" : " (deleted)") + "\n" + oursText + std::string(separatorMarker)
        + "\n" + theirsText + std::string(theirsMarker) + "theirs: " + conflict.label
        + (conflict.theirs ? "" : " (deleted)") + "\n";
}

// The lines of a list element (an object, one key a line) at `indent`.
std::string elementLines(const std::optional<OrderedJson> &element, int indent, bool last)
{
    if (!element)
        return {};
    return spaces(indent) + objectText(*element, indent) + comma(!last) + "\n";
}

// Whether the list ends in a conflict where one side deleted the element,
// after a merged element. Keeping the deletion must not leave that element's
// comma before "]", so the conflict takes it in: each side carries it, with
// the comma its own version needs.
bool endsInDeletionConflict(const std::vector<LaidOutValue> &list)
{
    if (list.size() < 2 || !std::holds_alternative<OrderedJson>(list[list.size() - 2]))
        return false;
    const auto *conflict = std::get_if<ConflictVersions>(&list.back());
    return conflict && (!conflict->ours || !conflict->theirs);
}

void appendList(std::string &text, const std::vector<LaidOutValue> &list, int indent)
{
    if (list.empty()) {
        text += "[]";
        return;
    }
    text += "[\n";
    const int elementIndent = indent + indentStep;
    const bool carryPrevious = endsInDeletionConflict(list);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const bool last = i + 1 == list.size();
        if (carryPrevious && i + 2 == list.size())
            continue; // written inside the last conflict, below
        const auto *conflict = std::get_if<ConflictVersions>(&list[i]);
        if (!conflict) {
            text += elementLines(std::get<OrderedJson>(list[i]), elementIndent, last);
            continue;
        }
        std::string oursLines = elementLines(conflict->ours, elementIndent, last);
        std::string theirsLines = elementLines(conflict->theirs, elementIndent, last);
        if (carryPrevious && last) {
            const OrderedJson &previous = std::get<OrderedJson>(list[i - 1]);
            oursLines = elementLines(previous, elementIndent, !conflict->ours) + oursLines;
            theirsLines = elementLines(previous, elementIndent, !conflict->theirs) + theirsLines;
        }
        appendConflict(text, *conflict, oursLines, theirsLines);
    }
    text += spaces(indent) + "]";
}

// `"key": value` for a top-level value at `indent`; nothing if missing.
std::string
entryLines(const std::string &key, const std::optional<OrderedJson> &value, int indent, bool last)
{
    if (!value)
        return {};
    return spaces(indent) + keyText(key) + objectText(*value, indent) + comma(!last) + "\n";
}

} // namespace

std::string layOutPlan(const std::vector<TopLevelEntry> &entries)
{
    std::string text = "{\n";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TopLevelEntry &entry = entries[i];
        const bool last = i + 1 == entries.size();
        if (entry.list) {
            text += spaces(indentStep) + keyText(entry.key);
            appendList(text, *entry.list, indentStep);
            text += comma(!last) + "\n";
        } else if (const auto *conflict = std::get_if<ConflictVersions>(&entry.value)) {
            appendConflict(text,
                           *conflict,
                           entryLines(entry.key, conflict->ours, indentStep, last),
                           entryLines(entry.key, conflict->theirs, indentStep, last));
        } else {
            text += entryLines(entry.key, std::get<OrderedJson>(entry.value), indentStep, last);
        }
    }
    return text + "}\n";
}

std::string layOutPlan(const OrderedJson &root)
{
    std::vector<TopLevelEntry> entries;
    for (auto it = root.begin(); it != root.end(); ++it) {
        TopLevelEntry entry{it.key(), it.value(), std::nullopt};
        const bool isListOfObjects = it->is_array() && !it->empty() && it->front().is_object();
        if (isListOfObjects)
            entry.list = std::vector<LaidOutValue>(it->begin(), it->end());
        entries.push_back(std::move(entry));
    }
    return layOutPlan(entries);
}

} // namespace sunrelay::exchange::detail
