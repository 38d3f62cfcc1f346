using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsCheck;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>Random round trips checked against System.Text.Json and an independent SHA-256.</summary>
public sealed class PropertyTests
{
    // Every scalar value: all planes, the C0 controls, DEL and the C1 controls; no lone surrogates
    // (Juju databags are UTF-8 and cannot carry them).
    private static readonly Gen<string> AnyText =
        Gen.Frequency(
                (3, Gen.Int[0, 0x7F]),
                (1, Gen.Int[0x80, 0xD7FF]),
                (1, Gen.Int[0xE000, 0xFFFF]),
                (1, Gen.Int[0x10000, 0x10FFFF]))
            .Array[0, 40]
            .Select(points => string.Concat(points.Select(char.ConvertFromUtf32)));

    private static readonly Gen<WireValue> Scalar = Gen.OneOf(
        Gen.Const(WireValue.Null),
        Gen.Bool.Select(WireValue.FromBoolean),
        Gen.Long.Select(l => WireValue.FromInteger(l)),
        Gen.Double.Where(double.IsFinite).Select(WireValue.FromFloat),
        AnyText.Select(WireValue.FromString));

    private static readonly Gen<WireValue> AnyValue = Gen.Recursive<WireValue>((depth, self) =>
        depth >= 3
            ? Scalar
            : Gen.Frequency(
                (4, Scalar),
                (1, self.Array[0, 4].Select(items => WireValue.FromArray(items))),
                (1, Gen.Select(AnyText, self).Array[0, 4].Select(members =>
                {
                    var obj = new WireObject();
                    foreach (var (key, value) in members) obj.Set(key, value);
                    return WireValue.FromObject(obj);
                }))));

    [Fact]
    public void Quoted_strings_are_ascii_and_parse_back_with_system_text_json()
    {
        AnyText.Sample(text =>
        {
            var quoted = PythonJson.Quote(text);
            Assert.All(quoted, c => Assert.InRange(c, ' ', '~'));
            Assert.Equal(text, JsonSerializer.Deserialize<string>(quoted));
        }, iter: 5000);
    }

    [Fact]
    public void Written_values_parse_back_with_system_text_json_to_the_same_value()
    {
        AnyValue.Sample(value =>
        {
            var text = PythonJson.Serialize(value);
            using var document = JsonDocument.Parse(text);
            AssertSame(value, document.RootElement);
            Assert.Equal(value, PythonJson.Parse(text));
        }, iter: 2000);
    }

    [Fact]
    public void Floats_parse_back_to_the_same_double()
    {
        Gen.Double.Where(double.IsFinite).Sample(d =>
        {
            var text = PythonJson.Serialize(WireValue.FromFloat(d));
            Assert.Equal(d, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(text.Contains('.') || text.Contains('e'), $"{text} would read back as an int in Python");
        }, iter: 20000);
    }

    [Fact]
    public void Hash_matches_an_independent_sha256()
    {
        Gen.Select(AnyText, AnyText).Sample((resource, salt) =>
        {
            using var sha = SHA256.Create();
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(resource + ":" + salt));
            var expected = BitConverter.ToString(digest).Replace("-", "").ToLowerInvariant()[..16];
            Assert.Equal(expected, RequestIds.Hash(resource, salt));
        }, iter: 5000);
    }

    private static void AssertSame(WireValue expected, JsonElement actual)
    {
        switch (expected.Kind)
        {
            case WireValueKind.Null: Assert.Equal(JsonValueKind.Null, actual.ValueKind); break;
            case WireValueKind.Boolean: Assert.Equal(expected.AsBoolean(), actual.GetBoolean()); break;
            case WireValueKind.Integer: Assert.Equal((long)expected.AsInteger(), actual.GetInt64()); break;
            case WireValueKind.Float: Assert.Equal(expected.AsFloat(), actual.GetDouble()); break;
            case WireValueKind.String: Assert.Equal(expected.AsString(), actual.GetString()); break;
            case WireValueKind.Array:
                var items = expected.AsArray();
                Assert.Equal(items.Count, actual.GetArrayLength());
                var i = 0;
                foreach (var item in actual.EnumerateArray()) AssertSame(items[i++], item);
                break;
            default:
                var members = expected.AsObject();
                var properties = actual.EnumerateObject().ToList();
                Assert.Equal(members.Count, properties.Count);
                for (var j = 0; j < properties.Count; j++)
                {
                    Assert.Equal(members[j].Key, properties[j].Name);
                    AssertSame(members[j].Value, properties[j].Value);
                }
                break;
        }
    }
}
