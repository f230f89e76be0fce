// Arbitrary bytes as a plan file (*.sunrelay): opening it read-only and
// read-write must never crash, hang or trip a sanitizer. And a plan file is
// never written unless it opened for editing: after a read-only open, and
// after a refused read-write open, the file holds exactly the input bytes.
//
// Each input is written to a file of its own in /dev/shm (or TMPDIR), opened,
// and removed with any sidecar SQLite left.
//
// Seeds (corpus/plan_file/): tiny-small-pages.sunrelay, a valid plan
// (tests/exchange/data/tiny-plan.json plus two handoff notes) repaged to
// 512-byte pages so the whole file is 7.5 KiB and mutations stay cheap, and
// its first half, tiny-small-pages-truncated.sunrelay. Remade when the file
// format changes:
//   tst_migrations --write-plan-file tests/exchange/data/tiny-plan.json t.sunrelay
//   sqlite3 t.sunrelay "INSERT INTO handoff_notes VALUES ('T-1', 1, 'Done: dump' ||
//       char(10) || 'Next: replay'), ('T-2', 3, 'Later')"
//   sqlite3 t.sunrelay 'PRAGMA page_size = 512; VACUUM'  # keeps application_id,
//                                                        # user_version
//   cp t.sunrelay tiny-small-pages.sunrelay
//   head -c $(( $(stat -c %s t.sunrelay) / 2 )) t.sunrelay \
//       > tiny-small-pages-truncated.sunrelay
// tiny-small-pages-v1-notes.sunrelay is the format-1 seed of before, with
// three notes keyed by instant (numbered on open by routing the plan):
//   sqlite3 tiny-small-pages-v1-notes.sunrelay "INSERT INTO handoff_notes VALUES
//       ('T-1', 1796140800, 'Done: dump'), ('T-1', 1796000000, 'Before'),
//       ('T-2', 1796140800, 'Backlog')"
//
// A journal beside the plan (issue 14): an input holding the marker
// "SRLYSIDE" followed by 'w' or 'j' is split there; the bytes after it are
// written beside the plan as its -wal or -journal. A read-only open, and a
// refused read-write open, must leave both files exactly as they were.
// Seeds (*.sunrelay-pair), from tiny-small-pages.sunrelay:
//  - tiny-own-wal: the plan and its own -wal as an editor killed after one
//    edit leaves them (PlanStore::open read-write, setPlanName, _exit(0));
//  - tiny-foreign-wal: that -wal beside tiny-small-pages-v1-notes.sunrelay
//    (refused: its anchor does not match the file);
//  - tiny-mode-switch-journal: the plan with header bytes 18-19 set to 2 (WAL)
//    and the rollback journal of its page 1 as it was, as a crash while
//    switching to WAL leaves it (tst_plan_file_integrity builds the same).
// Each is the plan's bytes, "SRLYSIDE", 'w' or 'j', then the journal's bytes.

#include "sunrelay/store/plan_store.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace
{

namespace fs = std::filesystem;
using namespace sunrelay::store;

fs::path scratchDirectory()
{
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec))
        return "/dev/shm";
    if (const char *tmp = std::getenv("TMPDIR"); tmp && *tmp)
        return tmp;
    return fs::temp_directory_path(ec);
}

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void removeWithSidecars(const fs::path &path)
{
    std::error_code ec;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ec);
}

const std::string sidecarMarker = "SRLYSIDE";

// Keeps the loaded plan observable so nothing is optimised away.
volatile std::size_t sink = 0;

void touch(const PlanStore &store)
{
    const auto &plan = store.plan();
    sink = sink + plan.name.size() + plan.regions.size() + plan.members.size() + plan.tasks.size();
    for (const auto &task : plan.tasks)
        sink = sink + task.handoffNotes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fs::path directory = scratchDirectory();
    static unsigned long counter = 0;
    const fs::path path = directory
        / ("fuzz_plan_file-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)
           + ".sunrelay");
    const std::string whole(reinterpret_cast<const char *>(data), size);
    std::string input = whole;
    std::string sidecarSuffix;
    std::string sidecar;
    if (const auto marker = whole.find(sidecarMarker);
        marker != std::string::npos && marker + sidecarMarker.size() < whole.size()) {
        const char kind = whole[marker + sidecarMarker.size()];
        if (kind == 'w' || kind == 'j') {
            input = whole.substr(0, marker);
            sidecarSuffix = kind == 'w' ? "-wal" : "-journal";
            sidecar = whole.substr(marker + sidecarMarker.size() + 1);
        }
    }
    const fs::path sidecarPath = path.string() + sidecarSuffix;
    const auto write = [](const fs::path &file, const std::string &bytes) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out)
            std::abort(); // the scratch directory is unusable: say so, loudly
    };
    write(path, input);
    if (!sidecarSuffix.empty())
        write(sidecarPath, sidecar);
    // Both files as they were (a sidecar SQLite removed counts as changed).
    const auto unchanged = [&] {
        return readAll(path) == input
            && (sidecarSuffix.empty()
                || (fs::exists(sidecarPath) && readAll(sidecarPath) == sidecar));
    };

    {
        auto store = PlanStore::open(path, OpenMode::ReadOnly);
        if (store)
            touch(store.value());
        else
            sink = sink + store.error().message().size();
    }
    if (!unchanged())
        std::abort(); // a read-only open wrote to the file or its journal

    {
        auto store = PlanStore::open(path, OpenMode::ReadWrite);
        if (store) {
            touch(store.value());
            // Exercise the write path on whatever was accepted.
            if (store.value().setPlanName("fuzzed"))
                std::abort(); // an accepted plan refused a plain edit
        } else {
            sink = sink + store.error().message().size();
            if (!unchanged())
                std::abort(); // a refused file (or its journal) was written to
        }
    }
    removeWithSidecars(path);
    return 0;
}
