using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>
/// Hand-rolled golden files: <c>Snapshots/&lt;name&gt;</c> next to this source file. A missing or
/// different snapshot fails with a readable diff; <c>UPDATE_SNAPSHOTS=1</c> (re)writes them instead.
/// </summary>
public static class Snapshot
{
    private const int Context = 3;

    /// <summary>Whether this run refreshes the golden files.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    /// <summary>Compares <paramref name="actual"/> with the snapshot <paramref name="fileName"/>.</summary>
    public static void Match(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var path = Path.Combine(directory, fileName);
        actual = Normalize(actual);

        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        if (!File.Exists(path))
        {
            throw new Xunit.Sdk.XunitException($"Snapshot {path} is missing. Run the tests with UPDATE_SNAPSHOTS=1 to create it, then review it.");
        }
        var expected = Normalize(File.ReadAllText(path));
        if (expected == actual) return;
        throw new Xunit.Sdk.XunitException($"Generated source differs from snapshot {fileName} (- snapshot, + generated):\n{UnifiedDiff(expected, actual)}");
    }

    /// <summary>A unified-style diff with a few lines of context around each change.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++) show[j] = true;
        }
        var text = new StringBuilder();
        var oldLine = 0;
        var newLine = 0;
        var skipping = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Type != ChangeType.Inserted) oldLine++;
            if (line.Type != ChangeType.Deleted) newLine++;
            if (!show[i])
            {
                skipping = true;
                continue;
            }
            if (skipping)
            {
                text.Append("@@ snapshot line ").Append(oldLine).Append(", generated line ").Append(newLine).AppendLine(" @@");
                skipping = false;
            }
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            text.Append(prefix).AppendLine(line.Text);
        }
        return text.ToString();
    }

    // The generator's version changes with every release, so golden files hold a placeholder for it;
    // BuiltInModelSnapshotTests checks the real one.
    private static readonly string GeneratedCodeOfThisVersion =
        $"GeneratedCode(\"DataPlatform.Contracts.Generator\", \"{typeof(RelationModelGenerator).Assembly.GetName().Version}\")";

    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n").TrimStart('\uFEFF').Replace(GeneratedCodeOfThisVersion, "GeneratedCode(\"DataPlatform.Contracts.Generator\", \"{version}\")");
}
