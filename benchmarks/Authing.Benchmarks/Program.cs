using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process toolchain: no generated project to build, and the emulator the benchmarks talk to runs in this process.
// A job given on the command line (--job short --inProcess) replaces the default one.
IConfig config = args.Contains("--job", StringComparer.Ordinal)
    ? DefaultConfig.Instance
    : DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Authing.Benchmarks.WarmPathBenchmarks).Assembly).Run(args, config);
