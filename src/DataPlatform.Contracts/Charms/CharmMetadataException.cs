namespace DataPlatform.Contracts.Charms;

/// <summary>A charm's metadata file is missing, is not YAML, or is not charm metadata. Names the file.</summary>
public sealed class CharmMetadataException : DataInterfacesException
{
    /// <summary>Creates the exception for <paramref name="file"/>.</summary>
    public CharmMetadataException(string file, string message, Exception? inner = null) : base($"{file}: {message}", inner) => File = file;

    /// <summary>The file (or directory) it is about.</summary>
    public string File { get; }
}
