namespace DataPlatform.Contracts;

/// <summary>
/// Stores the member in the Juju secret of a group instead of the databag. The member must be a
/// <c>string?</c> or <c>bool?</c>; its wire name is its key in the secret's content, and the
/// databag (or request object) carries the secret's URI under <c>secret-&lt;group&gt;</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public class SecretGroupAttribute : Attribute
{
    /// <summary>Puts the member in the secret group <paramref name="group"/>.</summary>
    public SecretGroupAttribute(string group) => Group = group;

    /// <summary>The group: part of the secret's label and of its pointer key.</summary>
    public string Group { get; }
}

/// <summary>Secret group <c>user</c> (credentials: username, password, uris).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class UserSecretAttribute : SecretGroupAttribute
{
    /// <summary>Puts the member in the <c>user</c> group.</summary>
    public UserSecretAttribute() : base(SecretGroups.User) { }
}

/// <summary>Secret group <c>tls</c> (whether TLS is on, and the CA).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class TlsSecretAttribute : SecretGroupAttribute
{
    /// <summary>Puts the member in the <c>tls</c> group.</summary>
    public TlsSecretAttribute() : base(SecretGroups.Tls) { }
}

/// <summary>Secret group <c>mtls</c> (the client certificate; owned by the requirer).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class MtlsSecretAttribute : SecretGroupAttribute
{
    /// <summary>Puts the member in the <c>mtls</c> group.</summary>
    public MtlsSecretAttribute() : base(SecretGroups.Mtls) { }
}

/// <summary>Secret group <c>extra</c> (anything else that must stay secret).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ExtraSecretAttribute : SecretGroupAttribute
{
    /// <summary>Puts the member in the <c>extra</c> group.</summary>
    public ExtraSecretAttribute() : base(SecretGroups.Extra) { }
}

/// <summary>Secret group <c>entity</c> (credentials of a requested user or group entity).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class EntitySecretAttribute : SecretGroupAttribute
{
    /// <summary>Puts the member in the <c>entity</c> group.</summary>
    public EntitySecretAttribute() : base(SecretGroups.Entity) { }
}
