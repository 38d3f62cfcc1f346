using System.Globalization;
using DataPlatform.Contracts.Fuzz;

// dotnet run -c Release --project tests/DataPlatform.Contracts.Fuzz -- --inputs 1000000 --seed 1 [--first N]
long inputs = 100_000;
var seed = 1;
long first = 0;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--inputs": inputs = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--first": first = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --inputs N --seed S [--first N]");
            return 2;
    }
}

Console.WriteLine($"fuzz: seed {seed}, inputs {inputs}, first {first}");
var report = new Fuzzer().Run(new FuzzOptions(seed, inputs, first), progress =>
    Console.WriteLine($"  {progress.Inputs} inputs, {progress.FailureCount} failures, {progress.Inputs / Math.Max(progress.Elapsed.TotalSeconds, 1e-9):F0} inputs/s"));
Console.WriteLine(report);
return report.FailureCount == 0 ? 0 : 1;
