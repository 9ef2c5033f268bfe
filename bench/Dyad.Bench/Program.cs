using BenchmarkDotNet.Running;
using Dyad.Bench;
using Dyad.Store;

// Run all with: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*'
// `fill-store PATH` only writes the synthetic one-million-event store the API load test serves.
if (args is ["fill-store", var path])
{
    if (File.Exists(path))
    {
        File.Delete(path);
    }

    StoreQueryBench.Fill(StoreTarget.Parse(path));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
