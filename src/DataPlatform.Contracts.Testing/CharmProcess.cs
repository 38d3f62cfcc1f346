using System.Diagnostics;
using System.IO.Compression;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// A charm run as Juju runs it: for every hook and action its <c>dispatch</c> is started as a child
/// process in the charm directory, with the hook's environment and fake hook tools on its <c>PATH</c>.
/// Deploy one with <see cref="InMemoryJuju.Deploy(string, CharmProcess, int)"/>.
/// </summary>
/// <param name="Executable">The program to start: the charm's <c>dispatch</c>, or a host such as <c>dotnet</c>.</param>
/// <param name="CharmDirectory">
/// <c>JUJU_CHARM_DIR</c> and the working directory of the process; its <c>metadata.yaml</c> (with
/// <c>actions.yaml</c> and <c>config.yaml</c>) or <c>charmcraft.yaml</c> is the charm's metadata.
/// </param>
public sealed record CharmProcess(string Executable, string CharmDirectory)
{
    /// <summary>Arguments for <see cref="Executable"/>: none for a <c>dispatch</c> (Juju passes none), the program for a host, e.g. <c>app.dll</c> for <c>dotnet</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = Array.Empty<string>();

    /// <summary>How long a hook may run before it is killed and fails (Juju has no limit; a test should).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The charm in <paramref name="charmDirectory"/>, started through its <c>dispatch</c>.</summary>
    public static CharmProcess FromDirectory(string charmDirectory) =>
        new(Path.Combine(Path.GetFullPath(charmDirectory), "dispatch"), Path.GetFullPath(charmDirectory));

    /// <summary>
    /// Unpacks <paramref name="charmFile"/> (a <c>.charm</c>, which is a zip) into
    /// <paramref name="directory"/> as Juju does on a unit, keeping file modes, and returns the charm
    /// started through its <c>dispatch</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a zip or has no <c>dispatch</c>.</exception>
    public static CharmProcess Unpack(string charmFile, string directory)
    {
        ZipFile.ExtractToDirectory(charmFile, directory, overwriteFiles: true);
        var charm = FromDirectory(directory);
        if (!File.Exists(charm.Executable)) throw new InvalidDataException($"{charmFile} has no dispatch");
        return charm;
    }

    /// <summary>Runs one hook: returns the exit status and what the process printed (stdout, then stderr).</summary>
    internal (int ExitStatus, string Output) Run(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = CharmDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["JUJU_CHARM_DIR"] = CharmDirectory;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Executable}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the charm process {Executable} did not end within {Timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
