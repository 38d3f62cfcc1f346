using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DataPlatform.Contracts.Wire;

/// <summary>Request ids, salts and short uuids, as the reference's <c>gen_hash</c> / <c>gen_salt</c>.</summary>
public static class RequestIds
{
    /// <summary>The 62 characters a salt is drawn from, in the reference's order.</summary>
    public const string SaltAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>Length of a generated salt.</summary>
    public const int SaltLength = 16;

    /// <summary>Length of a hash (the first 8 bytes of the SHA-256 digest, in hex).</summary>
    public const int HashLength = 16;

    private const string HexDigits = "0123456789abcdef";
    private const int StackLimit = 512;

    /// <summary>
    /// <c>gen_hash</c>: the first 16 lower-case hex digits of SHA-256 over the UTF-8 bytes of
    /// <c>resource + ":" + salt</c>. The join is not escaped, so <c>("a:b", "c")</c> and
    /// <c>("a", "b:c")</c> give the same hash, as upstream.
    /// </summary>
    public static string Hash(string resource, string salt)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(salt);
        var byteCount = Encoding.UTF8.GetByteCount(resource) + 1 + Encoding.UTF8.GetByteCount(salt);
        byte[]? rented = null;
        var preimage = byteCount <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            var written = Encoding.UTF8.GetBytes(resource, preimage);
            preimage[written++] = (byte)':';
            written += Encoding.UTF8.GetBytes(salt, preimage.Slice(written));
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(preimage.Slice(0, written), digest);
            // The first 8 digest bytes, most significant first, are the 16 hex digits we keep.
            var prefix = BinaryPrimitives.ReadUInt64BigEndian(digest);
            return string.Create(HashLength, prefix, static (chars, bits) =>
            {
                for (var i = HashLength - 1; i >= 0; i--, bits >>= 4) chars[i] = HexDigits[(int)(bits & 0xF)];
            });
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <c>gen_salt</c>: 16 characters drawn with replacement from <see cref="SaltAlphabet"/>, from a
    /// cryptographic generator (divergence D15: upstream uses a non-cryptographic one).
    /// </summary>
    public static string GenerateSalt() => RandomNumberGenerator.GetString(SaltAlphabet, SaltLength);

    /// <summary>
    /// <c>short_uuid</c> of a model: its request id when that is neither null nor empty, otherwise
    /// <see cref="Hash"/> of its resource and salt.
    /// </summary>
    public static string ShortUuid(string? requestId, string resource, string salt) =>
        string.IsNullOrEmpty(requestId) ? Hash(resource, salt) : requestId;
}
