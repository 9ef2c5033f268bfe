using BenchmarkDotNet.Running;

// Run all with: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
