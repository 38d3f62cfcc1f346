using System.Diagnostics;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Samples.Tests.Processes;

/// <summary>
/// The two sample charms as Juju gets them: packed <c>.charm</c> files, unpacked into a charm
/// directory each and run through their <c>dispatch</c>. CI packs them once before the tests and
/// names their folder in <c>CONTRACTS_CHARMS_DIR</c>; without it they are packed here.
/// </summary>
public sealed class SampleCharms : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("dpc-sample-charms-");

    public SampleCharms()
    {
        var packed = Environment.GetEnvironmentVariable("CONTRACTS_CHARMS_DIR") is { Length: > 0 } dir ? dir : Pack();
        Provider = Unpack(packed, SampleLifecycle.Db);
        Requirer = Unpack(packed, SampleLifecycle.App);
    }

    public CharmProcess Provider { get; }

    public CharmProcess Requirer { get; }

    /// <summary>The charm directory a sample is deployed from in process: its charmcraft.yaml, copied beside the tests.</summary>
    public static string SourceDirectory(string charm) => Path.Combine(AppContext.BaseDirectory, "charms", charm);

    public void Dispose() => _root.Delete(recursive: true);

    private CharmProcess Unpack(string packed, string charm)
    {
        var file = Path.Combine(packed, $"{charm}_amd64.charm");
        if (!File.Exists(file)) throw new FileNotFoundException($"no packed charm {file}", file);
        return CharmProcess.Unpack(file, Path.Combine(_root.FullName, charm));
    }

    // The README's pack command, run on both sample projects.
    private string Pack()
    {
        var output = Path.Combine(_root.FullName, "packed");
        foreach (var project in new[] { "Charms.Provider", "Charms.Requirer" })
        {
            Dotnet("publish", Path.Combine(RepositoryRoot(), "samples", project), "-c", "Release", "-p:PackCharm=true", $"-p:CharmOutputDirectory={output}");
        }

        return output;
    }

    private static void Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited with {process.ExitCode}:\n{stdout}\n{stderr.Result}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Contracts.Generator.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("the tests do not run inside the repository");
    }
}
