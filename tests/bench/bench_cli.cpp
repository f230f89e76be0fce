// Command-line output benchmark (DESIGN.md "Performance budgets"):
//  - `sunrelay-cli schedule --json` and `conflicts --json` for 1,000 members in
//    40 zones over 365 days, and `route --json` for 10,000 tasks over 200
//    members: wall time and peak memory of the sunrelay-cli process (target
//    peak < 100 MB whatever the size of the output);
//  - against the baseline: the straightforward Python zoneinfo implementation
//    of the same report, tests/model/sunrelay_model.py, run on the same plan
//    and window in the same run (target: sunrelay-cli >= 10x faster). Its
//    output is compared byte for byte with sunrelay-cli's. The model has the
//    schedule report only (its route takes one placed task), so conflicts and
//    route have no ratio, and say so.
// Prints JSON. `--smoke` runs tiny sizes so ctest can check it still works;
// real figures come from a Release build (scripts/bench). Options:
//   --cli PATH     the sunrelay-cli to measure (default: the one built here)
//   --model PATH   the Python baseline (default: tests/model/sunrelay_model.py
//                  in the source tree)
//   --dir DIR      where the plans and outputs go (default: a fresh directory
//                  in TMPDIR, removed afterwards; with --dir they are kept)
// Without the baseline the run says so and fails: no ratio is made up.
//
// Peak memory is the child's ru_maxrss. A forked child starts with its
// parent's resident pages counted, so each command runs under this same
// program re-executed as a small `--measure` helper: the measured process is
// forked from a process of a few MB, not from the benchmark.

#include "synthetic_plan.h"

#include "sunrelay/exchange/iso_time.h"
#include "sunrelay/exchange/plan_json.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

extern char **environ;

using namespace sunrelay;
namespace fs = std::filesystem;

namespace
{

const char *const python = "/usr/bin/python3";

// ---- the --measure helper ------------------------------------------------

// `--measure OUT RESULT -- PROGRAM ARGS...`: runs PROGRAM with stdout to OUT
// and writes "wallMs maxRssKb exitCode" to RESULT.
int measure(int argc, char **argv)
{
    if (argc < 6 || std::strcmp(argv[4], "--") != 0)
        return 2;
    const char *outPath = argv[2];
    const char *resultPath = argv[3];
    const auto begin = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0)
        return 2;
    if (child == 0) {
        const int out = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out < 0 || dup2(out, STDOUT_FILENO) < 0)
            _exit(127);
        close(out);
        execv(argv[5], argv + 5);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return 2;
    const double wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *result = std::fopen(resultPath, "w");
    if (!result)
        return 2;
    std::fprintf(result, "%.3f %ld %d\n", wallMs, usage.ru_maxrss, exitCode);
    return std::fclose(result) == 0 ? 0 : 2;
}

// ---- the benchmark ---------------------------------------------------------

struct Measurement {
    double wallMs = 0;
    double peakMb = 0; // ru_maxrss, MiB
    int exitCode = -1;
    std::uintmax_t outputBytes = 0;
};

bool failed = false;

void fail(const std::string &what)
{
    std::fprintf(stderr, "bench_cli: %s\n", what.c_str());
    failed = true;
}

// Runs `command` once under the --measure helper, stdout to `outPath`.
Measurement runMeasured(const std::string &self,
                        const fs::path &dir,
                        const fs::path &outPath,
                        const std::vector<std::string> &command)
{
    const fs::path resultPath = dir / "measure.txt";
    std::vector<std::string> words = {self,
                                      "--measure",
                                      outPath.string(),
                                      resultPath.string(),
                                      "--"};
    words.insert(words.end(), command.begin(), command.end());
    std::vector<char *> argv;
    for (std::string &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    Measurement measurement;
    pid_t helper = 0;
    if (posix_spawn(&helper, self.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
        fail("cannot start " + self);
        return measurement;
    }
    int status = 0;
    if (waitpid(helper, &status, 0) != helper || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fail("the --measure helper failed for " + command.front());
        return measurement;
    }
    std::ifstream result(resultPath);
    long maxRssKb = 0;
    result >> measurement.wallMs >> maxRssKb >> measurement.exitCode;
    measurement.peakMb = double(maxRssKb) / 1024.0;
    std::error_code error;
    measurement.outputBytes = fs::file_size(outPath, error);
    if (measurement.exitCode != 0)
        fail(command.front() + " " + command[1] + " exited with "
             + std::to_string(measurement.exitCode));
    return measurement;
}

// The least disturbed of `runs` runs; its peak memory is the largest seen.
Measurement bestOf(int runs,
                   const std::string &self,
                   const fs::path &dir,
                   const fs::path &outPath,
                   const std::vector<std::string> &command)
{
    Measurement best;
    for (int i = 0; i < runs; ++i) {
        const Measurement run = runMeasured(self, dir, outPath, command);
        const double peak = std::max(best.peakMb, run.peakMb);
        if (i == 0 || run.wallMs < best.wallMs)
            best = run;
        best.peakMb = peak;
    }
    return best;
}

bool sameBytes(const fs::path &a, const fs::path &b)
{
    std::ifstream left(a, std::ios::binary);
    std::ifstream right(b, std::ios::binary);
    std::vector<char> l(1 << 16);
    std::vector<char> r(1 << 16);
    while (left && right) {
        left.read(l.data(), std::streamsize(l.size()));
        right.read(r.data(), std::streamsize(r.size()));
        if (left.gcount() != right.gcount()
            || !std::equal(l.begin(), l.begin() + left.gcount(), r.begin()))
            return false;
    }
    return !left && !right;
}

// `text` as the inside of a JSON string (it holds paths and messages).
std::string escaped(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
    return out;
}

bool writeFile(const fs::path &path, const std::string &contents)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << contents;
    return bool(file.flush());
}

struct Report {
    std::string name; // "schedule", ...
    std::string cppArgs; // for the reader
    Measurement cpp;
    std::optional<Measurement> python;
    std::string pythonProblem; // why there is no Python figure
    bool baselineExists = true; // whether the model has this report at all
    bool pythonSameOutput = false;
};

std::string jsonText(const Report &report, const char *indent)
{
    char line[1024];
    std::string text;
    std::snprintf(
        line,
        sizeof line,
        "{\"command\": \"sunrelay-cli %s\",\n"
        "%s \"outputBytes\": %ju, \"ms\": %.1f, \"peakMb\": %.1f, \"targetPeakMb\": 100,\n",
        report.cppArgs.c_str(),
        indent,
        report.cpp.outputBytes,
        report.cpp.wallMs,
        report.cpp.peakMb);
    text += line;
    if (report.python) {
        std::snprintf(line,
                      sizeof line,
                      "%s \"python\": {\"ms\": %.1f, \"peakMb\": %.1f, \"sameOutput\": %s},\n"
                      "%s \"ratio\": %.1f, \"targetRatio\": 10}",
                      indent,
                      report.python->wallMs,
                      report.python->peakMb,
                      report.pythonSameOutput ? "true" : "false",
                      indent,
                      report.python->wallMs / report.cpp.wallMs);
    } else {
        std::snprintf(line,
                      sizeof line,
                      "%s \"python\": {\"%s\": \"%s\"},\n"
                      "%s \"ratio\": null, \"targetRatio\": 10}",
                      indent,
                      report.baselineExists ? "error" : "none",
                      escaped(report.pythonProblem).c_str(),
                      indent);
    }
    text += line;
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argc, argv);

    bool smoke = false;
    std::string cli = SUNRELAY_CLI;
    fs::path model = fs::path(SUNRELAY_SOURCE_DIR) / "tests/model/sunrelay_model.py";
    std::optional<fs::path> keepDir;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--smoke") {
            smoke = true;
        } else if ((arg == "--cli" || arg == "--model" || arg == "--dir") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--cli")
                cli = value;
            else if (arg == "--model")
                model = value;
            else
                keepDir = value;
        } else {
            std::fprintf(stderr,
                         "usage: bench_cli [--smoke] [--cli PATH] [--model PATH] [--dir DIR]\n");
            return 2;
        }
    }
    const std::string self = fs::read_symlink("/proc/self/exe").string();

    const std::size_t members = smoke ? 40 : 1000;
    const int days = smoke ? 7 : 365;
    const std::size_t routeMembers = smoke ? 20 : 200;
    const std::size_t tasks = smoke ? 50 : 10000;
    const int routeTaskDays = smoke ? 7 : 60;
    const int runs = smoke ? 1 : 3;

    fs::path dir;
    if (keepDir) {
        dir = *keepDir;
        fs::create_directories(dir);
    } else {
        std::string pattern = (fs::temp_directory_path() / "bench_cli.XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::fprintf(stderr, "bench_cli: cannot make a temporary directory\n");
            return 1;
        }
        dir = pattern;
    }

    const date::sys_days first = date::year{2026} / 1 / 5; // a Monday
    const date::sys_days last = first + date::days{days - 1};
    const std::string from = exchange::formatDate(LocalDate{first.time_since_epoch()});
    const std::string to = exchange::formatDate(LocalDate{last.time_since_epoch()});
    const fs::path schedulePlan = dir / "plan-members.json";
    const fs::path routePlan = dir / "plan-tasks.json";
    if (!writeFile(schedulePlan,
                   exchange::writePlanJson(bench::syntheticPlan(members, 0, first, 1)))
        || !writeFile(routePlan,
                      exchange::writePlanJson(bench::syntheticPlan(routeMembers,
                                                                   tasks,
                                                                   date::year{2026} / 3 / 2,
                                                                   routeTaskDays)))) {
        std::fprintf(stderr, "bench_cli: cannot write the plans in %s\n", dir.c_str());
        return 1;
    }

    setenv("PYTHONTZPATH", "/usr/share/zoneinfo", 1); // the engine's tz database
    std::string pythonProblem;
    if (access(python, X_OK) != 0)
        pythonProblem = "no Python baseline: /usr/bin/python3 is missing";
    else if (!fs::is_regular_file(model))
        pythonProblem = "no Python baseline: " + model.string() + " is missing";

    struct Job {
        std::string name;
        std::vector<std::string> arguments; // after the command's name
        const char *noBaseline = nullptr; // why the model cannot run it
    };
    const std::vector<Job> jobs = {
        {"schedule", {schedulePlan.string(), "--from", from, "--to", to}},
        {"conflicts",
         {schedulePlan.string(), "--from", from, "--to", to},
         "the Python model has no conflicts report"},
        {"route", {routePlan.string()}, "the Python model routes one placed task at most"},
    };
    std::vector<Report> reports;
    for (const Job &job : jobs) {
        Report report;
        report.name = job.name;
        std::vector<std::string> command = {cli, job.name};
        command.insert(command.end(), job.arguments.begin(), job.arguments.end());
        command.push_back("--json");
        report.cppArgs = job.name
            + (job.name == "route" ? " PLAN" : " PLAN --from " + from + " --to " + to) + " --json";
        const fs::path cppOut = dir / (job.name + "-cli.json");
        report.cpp = bestOf(runs, self, dir, cppOut, command);

        report.pythonProblem = job.noBaseline ? job.noBaseline : pythonProblem;
        report.baselineExists = !job.noBaseline;
        if (report.pythonProblem.empty()) {
            std::vector<std::string> baseline = {python, model.string(), job.name};
            baseline.insert(baseline.end(), job.arguments.begin(), job.arguments.end());
            const fs::path pythonOut = dir / (job.name + "-python.json");
            const Measurement run = runMeasured(self, dir, pythonOut, baseline);
            if (run.exitCode == 0) {
                report.python = run;
                report.pythonSameOutput = sameBytes(cppOut, pythonOut);
                // The ratio still stands, but the reader must know.
                if (!report.pythonSameOutput)
                    std::fprintf(stderr,
                                 "bench_cli: %s: the Python baseline's output differs from "
                                 "sunrelay-cli's\n",
                                 job.name.c_str());
            } else {
                report.pythonProblem =
                    "the Python baseline failed (exit " + std::to_string(run.exitCode) + ")";
            }
        }
        if (!report.python && report.baselineExists)
            fail(job.name + ": " + report.pythonProblem);
        reports.push_back(report);
    }

    std::printf(
        "{\n"
        "  \"smoke\": %s,\n"
        "  \"plans\": {\"members\": %zu, \"zones\": 40, \"days\": %d,\n"
        "            \"routeMembers\": %zu, \"routeTasks\": %zu},\n",
        smoke ? "true" : "false",
        members,
        days,
        routeMembers,
        tasks);
    for (std::size_t i = 0; i < reports.size(); ++i)
        std::printf(
            "  \"%s\": %s%s\n",
            reports[i].name.c_str(),
            jsonText(reports[i], std::string(reports[i].name.size() + 6, ' ').c_str()).c_str(),
            i + 1 < reports.size() ? "," : "");
    std::printf("}\n");

    if (!keepDir)
        fs::remove_all(dir);
    return failed ? 1 : 0;
}
