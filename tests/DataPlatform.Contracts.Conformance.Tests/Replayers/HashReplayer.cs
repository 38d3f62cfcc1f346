using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Conformance.Tests.Replayers;

/// <summary>Kind A: gen_hash, gen_salt and short_uuid.</summary>
public static class HashReplayer
{
    public static void Replay(JsonElement testCase)
    {
        var inputs = testCase.GetProperty("inputs");
        var outputs = testCase.GetProperty("outputs");
        if (outputs.TryGetProperty("alphabet", out _)) ReplaySaltFormat(outputs);
        else if (inputs.TryGetProperty("model", out _)) ReplayShortUuid(inputs, outputs);
        else ReplayHash(testCase, inputs, outputs);
    }

    private static void ReplayHash(JsonElement testCase, JsonElement inputs, JsonElement outputs)
    {
        var resource = inputs.GetProperty("resource").GetString()!;
        var salt = inputs.GetProperty("salt").GetString()!;
        var preimage = Convert.ToHexString(Encoding.UTF8.GetBytes(resource + ":" + salt)).ToLowerInvariant();
        Assert.Equal(testCase.GetProperty("preimage_utf8_hex").GetString(), preimage);
        Assert.Equal(outputs.GetProperty("gen_hash").GetString(), RequestIds.Hash(resource, salt));
    }

    // The recorded samples come from Python's seeded Mersenne Twister and are only illustrative
    // (the vector says so); what must hold is the alphabet and the length.
    private static void ReplaySaltFormat(JsonElement outputs)
    {
        var alphabet = outputs.GetProperty("alphabet").GetString()!;
        var length = outputs.GetProperty("length").GetInt32();
        Assert.Equal(RequestIds.SaltAlphabet, alphabet);
        Assert.Equal(RequestIds.SaltLength, length);
        foreach (var sample in outputs.GetProperty("samples").EnumerateArray())
        {
            Assert.Equal(length, sample.GetString()!.Length);
            Assert.All(sample.GetString()!, c => Assert.Contains(c, alphabet));
        }
        var seen = new HashSet<char>();
        for (var i = 0; i < 2000; i++)
        {
            var salt = RequestIds.GenerateSalt();
            Assert.Equal(length, salt.Length);
            foreach (var c in salt)
            {
                Assert.Contains(c, alphabet);
                seen.Add(c);
            }
        }
        // 32,000 draws from 62 symbols: missing one has probability about 62 * e^-516.
        Assert.Equal(alphabet.Length, seen.Count);
    }

    // short_uuid of the model built from the recorded fields (aliases such as "database" included).
    private static void ReplayShortUuid(JsonElement inputs, JsonElement outputs)
    {
        var type = VectorType.Named(inputs.GetProperty("model").GetString()!);
        var model = (CommonModel)type.FromFields(inputs.GetProperty("fields"), new ModelReadContext());

        Assert.Equal(outputs.GetProperty("resource").GetString(), model.Resource);
        Assert.Equal(outputs.GetProperty("request_id").GetString(), model.RequestId);
        Assert.Equal(outputs.GetProperty("gen_hash_resource_salt").GetString(), RequestIds.Hash(model.Resource, model.Salt));
        Assert.Equal(outputs.GetProperty("short_uuid").GetString(), model.ShortUuid);
    }
}
