using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Fuzz;

/// <summary>What to run.</summary>
/// <param name="Seed">Seeds every input: input i of seed s is the same in every run.</param>
/// <param name="Inputs">How many inputs.</param>
/// <param name="First">Index of the first input (to replay one: its index and <c>Inputs = 1</c>).</param>
public sealed record FuzzOptions(int Seed, long Inputs, long First = 0);

/// <summary>
/// Feeds mutated recorded databags to every contract's <c>ReadDatabag</c> / <c>ReadJson</c>, to the
/// wire JSON reader and writer, and to both handlers' relation-changed in the in-memory Juju.
/// Rules: only the library's typed errors; a failed hook writes nothing; no planted secret in any
/// exception or log line; what reads is printable, indexable and writable without throwing.
/// </summary>
public sealed class Fuzzer
{
    /// <summary>The library's typed errors for bad input: the only exceptions a target may raise.</summary>
    public static readonly IReadOnlySet<Type> TypedErrors = new HashSet<Type>
    {
        typeof(RelationModelValidationException),
        typeof(RelationDataException),
    };

    // A fresh world every so many handler inputs keeps the state from drifting far from the recordings.
    private const int WorldLifetime = 200;

    private readonly IReadOnlyList<IReadOnlyDictionary<string, string>> _seeds;
    private HandlerWorld? _world;
    private int _worldUses;

    /// <summary>A fuzzer over <paramref name="seeds"/> (default: the recorded databags).</summary>
    public Fuzzer(IReadOnlyList<IReadOnlyDictionary<string, string>>? seeds = null) => _seeds = seeds ?? Seeds.Load();

    /// <summary>Runs <paramref name="options"/>; <paramref name="progress"/> is called every 10,000 inputs.</summary>
    public FuzzReport Run(FuzzOptions options, Action<FuzzReport>? progress = null)
    {
        var report = new FuzzReport();
        var clock = Stopwatch.StartNew();
        for (var index = options.First; index < options.First + options.Inputs; index++)
        {
            RunOne(options.Seed, index, report);
            report.Inputs++;
            if (progress is not null && report.Inputs % 10_000 == 0)
            {
                report.Elapsed = clock.Elapsed;
                progress(report);
            }
        }
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private void RunOne(int seed, long index, FuzzReport report)
    {
        var random = new Random(unchecked((int)((seed * 1_000_003L) ^ (index * 0x9E3779B1L))));
        var mutations = new List<string>();
        var databag = Mutator.Mutate(_seeds[random.Next(_seeds.Count)], random, mutations);
        var pick = random.Next(100);
        var target = pick switch { < 25 => "wire", < 60 => "read-databag", < 85 => "read-json", < 93 => "provider-relation-changed", _ => "requirer-relation-changed" };
        string? text = null;
        if (target == "read-json") text = Mutator.MutateText(AsJsonObject(databag), random, mutations);
        foreach (var kind in mutations) FuzzReport.Count(report.PerMutation, kind);
        FuzzReport.Count(report.PerTarget, target);

        var problem = (string?)null;
        var started = Stopwatch.GetTimestamp();
        try
        {
            problem = target switch
            {
                "wire" => Wire(databag),
                "read-databag" => ReadDatabags(databag, report),
                "read-json" => ReadJsons(text!, report),
                "provider-relation-changed" => RelationChanged(databag, "app", "db", report),
                _ => RelationChanged(databag, "db", "app", report),
            };
        }
        catch (Exception error)
        {
            problem = "untyped exception " + error;
        }
        report.AddTime(target, Stopwatch.GetElapsedTime(started));
        if (problem is not null) report.Fail(new FuzzFailure(seed, index, target, mutations, text is null ? Print(databag) : PythonJson.Quote(Cut(text)), problem));
    }

    // Python's json.loads / json.dumps: what parses is written back in a form that parses to the same text.
    private static string? Wire(IReadOnlyDictionary<string, string> databag)
    {
        foreach (var value in databag.Values)
        {
            if (!PythonJson.TryParse(value, out var parsed)) continue;
            var written = PythonJson.Serialize(parsed);
            if (!PythonJson.TryParse(written, out var again)) return $"json.dumps text does not parse again: {PythonJson.Quote(Cut(written))}";
            var rewritten = PythonJson.Serialize(again);
            if (rewritten != written) return $"json.dumps text changes when read again: {PythonJson.Quote(Cut(written))} -> {PythonJson.Quote(Cut(rewritten))}";
            if (DatabagValue.Encode(DatabagValue.Decode(value)) is { } encoded && parsed.Kind != WireValueKind.String && encoded != written)
            {
                return "databag value encodes differently from json.dumps";
            }
        }
        return null;
    }

    private static string? ReadDatabags(IReadOnlyDictionary<string, string> databag, FuzzReport report)
    {
        var readers = new (string Name, Func<IEnumerable<IRelationModel>> Read)[]
        {
            ("RequirerDataContract", () => RequirerDataContract<RequirerCommonModel>.ReadDatabag(databag, new ModelReadContext()).Requests),
            ("RequirerDataContract<Kafka>", () => RequirerDataContract<KafkaRequestModel>.ReadDatabag(databag, new ModelReadContext()).Requests),
            ("RequirerDataContractV1", () => RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(databag, new ModelReadContext()).Requests),
            ("DataContractV1", () => DataContractV1<ResourceProviderModel>.ReadDatabag(databag, new ModelReadContext()).Requests),
            ("DataContractV1<Kafka>", () => DataContractV1<KafkaResponseModel>.ReadDatabag(databag, new ModelReadContext()).Requests),
            ("RequirerDataContractV0", () => new[] { RelationModels.FromDatabag<RequirerDataContractV0>(databag) }),
            ("DataContractV0", () => new[] { RelationModels.FromDatabag<DataContractV0>(databag) }),
            ("PeerModel", () => new[] { RelationModels.FromDatabag<PeerModel>(databag) }),
        };
        return RunReaders(readers, report);
    }

    private static string? ReadJsons(string text, FuzzReport report)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var readers = new (string Name, Func<IEnumerable<IRelationModel>> Read)[]
        {
            ("RequirerDataContract.ReadJson", () => WithReader(utf8, (ref Utf8JsonReader r) => RequirerDataContract<RequirerCommonModel>.ReadJson(ref r, new ModelReadContext()).Requests)),
            ("RequirerDataContractV1.ReadJson", () => WithReader(utf8, (ref Utf8JsonReader r) => RequirerDataContractV1<KafkaRequestModel>.ReadJson(ref r, new ModelReadContext()).Requests)),
            ("DataContractV1.ReadJson", () => WithReader(utf8, (ref Utf8JsonReader r) => DataContractV1<ResourceProviderModel>.ReadJson(ref r, new ModelReadContext()).Requests)),
            ("FromJson<RequirerCommonModel>", () => new[] { RelationModels.FromJson<RequirerCommonModel>(text) }),
            ("FromJson<KafkaResponseModel>", () => new[] { RelationModels.FromJson<KafkaResponseModel>(text) }),
            ("FromJson<RelationStatus>", () => new[] { RelationModels.FromJson<RelationStatus>(text) }),
            ("FromJson<EntityPermissionModel>", () => new[] { RelationModels.FromJson<EntityPermissionModel>(text) }),
        };
        return RunReaders(readers, report);
    }

    private delegate IEnumerable<IRelationModel> ReaderRead(ref Utf8JsonReader reader);

    // The caller's part of ReadJson: a reader already on the document's first token.
    private static IEnumerable<IRelationModel> WithReader(byte[] utf8, ReaderRead read)
    {
        var reader = new Utf8JsonReader(utf8, WireJsonReader.ReaderOptions);
        try
        {
            if (!reader.Read()) return Array.Empty<IRelationModel>();
        }
        catch (JsonException)
        {
            return Array.Empty<IRelationModel>();
        }
        return read(ref reader).ToArray();
    }

    private static string? RunReaders((string Name, Func<IEnumerable<IRelationModel>> Read)[] readers, FuzzReport report)
    {
        foreach (var (name, read) in readers)
        {
            IRelationModel[] models;
            try
            {
                models = read().ToArray();
            }
            catch (Exception error) when (TypedErrors.Contains(error.GetType()))
            {
                FuzzReport.Count(report.TypedErrors, error.GetType().Name);
                if (Leaks(error.ToString())) return $"{name}: the planted secret is in the error: {error}";
                continue;
            }
            catch (Exception error)
            {
                return $"{name}: untyped exception {error}";
            }
            foreach (var model in models)
            {
                if (Exercise(model) is { } problem) return $"{name}: {problem}";
            }
        }
        return null;
    }

    // What was read prints, indexes by every key and writes back without throwing.
    private static string? Exercise(IRelationModel model)
    {
        try
        {
            var printed = model.ToString() ?? "";
            foreach (var key in model.WireKeys) _ = model[key];
            foreach (var entry in model.UnknownKeys) _ = model[entry.Key];
            model.WriteDatabag(new Databag(), ModelWriteContext.Full);
            // The JSON form leaves secret members out (exclude=True): ToString may show no more.
            var json = RelationModels.ToJson(model);
            if (Leaks(printed) && !Leaks(json)) return "ToString shows a secret member's value";
            // Values read at the depth limit are legitimately too deep once inside the model's object.
            if (!PythonJson.TryParse(json, out _) && Depth(json) <= 1000) return "ToJson wrote text that is not JSON";
            foreach (var key in model.WireKeys.Concat(model.UnknownKeys.Keys).ToArray())
            {
                try
                {
                    model[key] = model[key];
                }
                catch (RelationModelValidationException)
                {
                    // A typed refusal is allowed: a member may not take back what it printed (a null required member).
                }
            }
            return null;
        }
        catch (Exception error)
        {
            return "reading succeeded but using the model threw " + error;
        }
    }

    private string? RelationChanged(IReadOnlyDictionary<string, string> databag, string from, string to, FuzzReport report)
    {
        if (_world is null || ++_worldUses > WorldLifetime)
        {
            _world = new HandlerWorld();
            _worldUses = 0;
        }
        var world = _world;
        world.SetAppDatabag(from, databag);
        var endpoint = "database";
        foreach (var unit in world.Juju.App(to).Units)
        {
            var before = world.Snapshot();
            var result = world.Juju.RunHook(unit, Hooks.Relation("changed", endpoint, world.Relation, from));
            report.Hooks++;
            foreach (var line in result.Logs)
            {
                if (Leaks(line.Message)) return $"{unit}: the planted secret is in a log line: {line.Message}";
            }
            if (result.Committed) continue;
            report.FailedHooks++;
            var error = result.Error;
            if (error is null || !TypedErrors.Contains(error.GetType())) return $"{unit}: the hook failed with an untyped exception {error}";
            FuzzReport.Count(report.TypedErrors, error.GetType().Name);
            if (Leaks(error.ToString())) return $"{unit}: the planted secret is in the hook's error: {error}";
            if (world.Snapshot() != before) return $"{unit}: the failed hook left writes behind";
        }
        return null;
    }

    // Deepest bracket nesting of JSON text, outside strings.
    private static int Depth(string json)
    {
        int depth = 0, deepest = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c is '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ']' or '}') depth--;
        }
        return deepest;
    }

    private static bool Leaks(string text) => text.Contains(Mutator.PlantedSecret, StringComparison.Ordinal);

    private static string AsJsonObject(IReadOnlyDictionary<string, string> databag)
    {
        var writer = new PythonJsonWriter();
        writer.WriteStartObject();
        foreach (var (key, value) in databag)
        {
            writer.WritePropertyName(key);
            writer.WriteValue(DatabagValue.Decode(value));
        }
        writer.WriteEndObject();
        return writer.ToString();
    }

    private static string Print(IReadOnlyDictionary<string, string> databag) =>
        "{" + string.Join(", ", databag.Select(e => PythonJson.Quote(e.Key) + ": " + PythonJson.Quote(Cut(e.Value)))) + "}";

    private static string Cut(string text) => text.Length <= 2000 ? text : text.Substring(0, 2000) + "...(" + text.Length + " chars)";
}
