// The benchmark program: libfastsig's functions per ISA (bench_fastsig.cc) and its peers
// (bench_peers.cc) register themselves at start-up; this file adds the main(), which also
// records in the JSON context the commit built, the CPU model and the command line
// (bench/plot_speed.py puts them in its caption).
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

#include "bench_commit.h"

// "model name" of /proc/cpuinfo, with "cpu family" and "model" where given (x86: a virtual
// machine may report only "AMD EPYC"); the first processor's lines name them all.
static std::string cpu_model()
{
    std::ifstream in("/proc/cpuinfo");
    std::string name, family, model;
    for (std::string line; std::getline(in, line) && !line.empty();) {
        size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string key = line.substr(0, line.find_last_not_of(" \t", colon - 1) + 1);
        std::string value = colon + 2 <= line.size() ? line.substr(colon + 2) : "";
        if (key == "model name")
            name = value;
        else if (key == "cpu family")
            family = value;
        else if (key == "model")
            model = value;
    }
    if (!name.empty() && !family.empty() && !model.empty())
        name += " (family " + family + ", model " + model + ")";
    return name;
}

// An argument as a POSIX shell reads it back: in single quotes unless it is plain.
static std::string shell_quoted(const std::string &arg)
{
    if (!arg.empty() && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                              "0123456789_-+=.,:/@%") == std::string::npos)
        return arg;
    std::string q = "'";
    for (char c : arg)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

int main(int argc, char **argv)
{
    std::string command = "fastsig-bench";
    for (int i = 1; i < argc; i++)
        command += " " + shell_quoted(argv[i]);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("fastsig_commit", BENCH_COMMIT);
    benchmark::AddCustomContext("fastsig_command", command);
    std::string model = cpu_model();
    if (!model.empty())
        benchmark::AddCustomContext("cpu_model", model);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
