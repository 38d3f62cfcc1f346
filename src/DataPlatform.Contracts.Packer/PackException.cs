namespace DataPlatform.Contracts.Packer;

/// <summary>The charm cannot be packed; <see cref="File"/> names the input at fault for MSBuild's error list.</summary>
internal sealed class PackException(string file, string message) : Exception(message)
{
    /// <summary>The file the message is about.</summary>
    public string File { get; } = file;
}
