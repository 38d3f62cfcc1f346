using System.Diagnostics.CodeAnalysis;

namespace DataPlatform.Contracts.Juju;

/// <summary>
/// What a backend may add to <see cref="IJujuBackend"/> so that looking a secret up can miss without
/// an exception. The library looks up a label before every secret it might create, and most of
/// those lookups miss; a backend where a miss is cheap (the in-memory Juju) saves an exception per
/// lookup, one of the costs docs/hook-cost.md counts. Every other failure still throws as the
/// <see cref="IJujuBackend"/> member does.
/// </summary>
public interface ISecretLookup
{
    /// <summary><see cref="IJujuBackend.SecretInfoGet"/>, false where it would throw <see cref="SecretNotFoundException"/>.</summary>
    bool TrySecretInfoGet(string? id, string? label, [NotNullWhen(true)] out SecretInfo? info);

    /// <summary><see cref="IJujuBackend.SecretGet"/>, false where it would throw <see cref="SecretNotFoundException"/>.</summary>
    bool TrySecretGet(string? id, string? label, SecretRead mode, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? content);
}
