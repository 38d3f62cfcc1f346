namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// Secret content handed to <c>secret-add</c>/<c>secret-set</c> through private files, never argv
/// (world-readable in <c>/proc</c>) nor the environment: a fresh folder only the unit's user can
/// enter (0700), one file per key (0600), passed as <c>key#file=path</c>; deleted on dispose.
/// </summary>
internal sealed class SecretContentFiles : IDisposable
{
    private readonly DirectoryInfo _folder;

    private SecretContentFiles(DirectoryInfo folder, List<string> args)
    {
        _folder = folder;
        Args = args;
    }

    /// <summary>The <c>key#file=path</c> arguments, in key order.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>The private folder (for tests that check its mode).</summary>
    public string Folder => _folder.FullName;

    /// <summary>Writes <paramref name="content"/>; its keys must be valid Juju secret keys, which are also safe file names.</summary>
    /// <exception cref="JujuException">A key is not a valid secret key (checked before anything is written).</exception>
    public static SecretContentFiles Write(string tool, IReadOnlyDictionary<string, string> content)
    {
        foreach (var key in content.Keys)
        {
            if (!IsValidKey(key)) throw new JujuException(tool, $"invalid secret key \"{key}\": keys are 3 or more of a-z, 0-9 and inner single hyphens, starting with a letter");
        }

        // mkdtemp underneath: created atomically, mode 0700, never an existing folder.
        var folder = Directory.CreateTempSubdirectory("dpc-secret-");
        var args = new List<string>(content.Count);
        try
        {
            foreach (var (key, value) in content.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var path = Path.Combine(folder.FullName, key);
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using (var writer = new StreamWriter(new FileStream(path, options), new System.Text.UTF8Encoding(false)))
                {
                    writer.Write(value);
                }

                args.Add($"{key}#file={path}");
            }
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }

        return new SecretContentFiles(folder, args);
    }

    /// <summary>Juju's rule for secret keys: <c>^([a-z](?:-?[a-z0-9]){2,})$</c>.</summary>
    public static bool IsValidKey(string key)
    {
        if (key.Length < 3 || key[0] is < 'a' or > 'z') return false;
        var units = 0;
        for (var i = 1; i < key.Length; i++)
        {
            if (key[i] == '-')
            {
                i++;
                if (i >= key.Length) return false;
            }

            if (key[i] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return false;
            units++;
        }

        return units >= 2;
    }

    /// <summary>Deletes the files and the folder.</summary>
    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
