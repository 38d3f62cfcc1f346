namespace DataPlatform.Contracts.Testing.State;

/// <summary>Secret ids: <c>secret:0001</c>, <c>secret:0002</c>, ... in creation order.</summary>
internal static class SecretIds
{
    /// <summary>The id of the <paramref name="number"/>-th secret of the model.</summary>
    public static string Format(int number) => $"secret:{number:D4}";

    /// <summary>
    /// The stored form of <paramref name="id"/>: accepts <c>secret:xid</c>, <c>secret://model/xid</c>
    /// or a bare <c>xid</c> and compares by <c>xid</c> (docs/hook-tools.md#secret-ids).
    /// </summary>
    public static string Canonical(string id)
    {
        var xid = id;
        if (xid.StartsWith("secret://", StringComparison.Ordinal)) xid = xid[(xid.LastIndexOf('/') + 1)..];
        else if (xid.StartsWith("secret:", StringComparison.Ordinal)) xid = xid["secret:".Length..];
        return "secret:" + xid;
    }
}
