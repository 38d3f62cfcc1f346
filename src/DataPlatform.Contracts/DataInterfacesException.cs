namespace DataPlatform.Contracts;

/// <summary>
/// The base of every error the library raises (the reference's <c>DataInterfacesError</c>,
/// docs/protocol/errors.md): invalid relation data, invalid models, unreadable secrets, Juju's hook-tool
/// failures, a charm's metadata or hook environment. Catch it to handle them all; its messages
/// name the relation, key, member, tool or secret id, never a secret value.
/// </summary>
public abstract class DataInterfacesException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected DataInterfacesException(string message, Exception? inner = null) : base(message, inner) { }
}
