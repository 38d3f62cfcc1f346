using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// `--alloc`: bytes allocated on this thread by parsing requests, split into their parts
/// (a quick experiment for RESULTS.md, not a test; numbers are exact for a warmed-up run).
/// </summary>
internal static class AllocationProbe
{
    private const int Rounds = 2000;

    public static void Run()
    {
        var one = Data.RequirerDatabag(1);
        var hundred = Data.RequirerDatabag(100);
        var providerOne = Data.ProviderDatabag(1);
        var providerHundred = Data.ProviderDatabag(100);
        var item = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Data.RequestDtos(1)[0], DtoJsonContext.Default.RequestDto));
        var request = Data.Requests(1)[0];

        Console.WriteLine($"request JSON: {one["requests"]}");
        Console.WriteLine();
        Report("new RequirerCommonModel()", () => new RequirerCommonModel());
        Report("RequestIds.GenerateSalt()", () => RequestIds.GenerateSalt());
        Report("new ResourceProviderModel()", () => new ResourceProviderModel());
        Report("new ModelReadContext()", () => new ModelReadContext());
        Report("new List<RequirerCommonModel>() + 1 Add", () => new List<RequirerCommonModel> { request });
        var strings = StringBytes(request.Resource) + StringBytes(request.RequestId!) + StringBytes(request.Salt) + StringBytes(request.ExtraUserRoles!);
        Console.WriteLine($"{"the 4 strings of one request (computed)",-58} {strings,8} B");
        Console.WriteLine();
        Report("item: RequirerCommonModel.ReadJson (1 object, no contract)", () =>
        {
            var reader = new Utf8JsonReader(item);
            reader.Read();
            var model = new RequirerCommonModel();
            ((IRelationModel)model).ReadJson(ref reader, new ModelReadContext());
            return model;
        });
        Report("item: STJ RequestDto (1 object)", () => JsonSerializer.Deserialize(item, DtoJsonContext.Default.RequestDto));
        Console.WriteLine();
        var c1 = Report("requirer ReadDatabag, 1 request", () => RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(one, new ModelReadContext()));
        var c100 = Report("requirer ReadDatabag, 100 requests", () => RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(hundred, new ModelReadContext()));
        var s1 = Report("requirer STJ Deserialize, 1 request", () => JsonSerializer.Deserialize(one["requests"], DtoJsonContext.Default.ListRequestDto));
        var s100 = Report("requirer STJ Deserialize, 100 requests", () => JsonSerializer.Deserialize(hundred["requests"], DtoJsonContext.Default.ListRequestDto));
        Console.WriteLine($"{"requirer per extra request, contracts: (100 - 1) / 99",-58} {(c100 - c1) / 99.0,8:F1} B");
        Console.WriteLine($"{"requirer per extra request, STJ: (100 - 1) / 99",-58} {(s100 - s1) / 99.0,8:F1} B");
        Console.WriteLine();
        var p1 = Report("provider ReadDatabag, 1 response", () => DataContractV1<ResourceProviderModel>.ReadDatabag(providerOne, new ModelReadContext()));
        var p100 = Report("provider ReadDatabag, 100 responses", () => DataContractV1<ResourceProviderModel>.ReadDatabag(providerHundred, new ModelReadContext()));
        var t1 = Report("provider STJ Deserialize, 1 response", () => JsonSerializer.Deserialize(providerOne["requests"], DtoJsonContext.Default.ListResponseDto));
        var t100 = Report("provider STJ Deserialize, 100 responses", () => JsonSerializer.Deserialize(providerHundred["requests"], DtoJsonContext.Default.ListResponseDto));
        Console.WriteLine($"{"provider per extra response, contracts: (100 - 1) / 99",-58} {(p100 - p1) / 99.0,8:F1} B");
        Console.WriteLine($"{"provider per extra response, STJ: (100 - 1) / 99",-58} {(t100 - t1) / 99.0,8:F1} B");
        Console.WriteLine();
        // Rough CPU cost of what the reads do per model besides parsing (Stopwatch, not a benchmark).
        Time("new RequirerCommonModel()", () => new RequirerCommonModel());
        Time("RequestIds.GenerateSalt()", () => RequestIds.GenerateSalt());
        Time("new RequestDto()", () => new RequestDto());
    }

    private static void Time<T>(string what, Func<T> action)
    {
        const int n = 200_000;
        for (var i = 0; i < 10_000; i++) GC.KeepAlive(action());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < n; i++) GC.KeepAlive(action());
        Console.WriteLine($"{what,-58} {watch.Elapsed.TotalNanoseconds / n,8:F0} ns (time)");
    }

    // A string's size on 64-bit .NET: header + method table + length + UTF-16 chars + terminator, 8-aligned.
    private static long StringBytes(string text) => (8 + 8 + 4 + 2L * text.Length + 2 + 7) / 8 * 8;

    private static long Report<T>(string what, Func<T> action)
    {
        for (var i = 0; i < 50; i++) GC.KeepAlive(action());
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++) GC.KeepAlive(action());
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
        Console.WriteLine($"{what,-58} {bytes,8} B");
        return bytes;
    }
}
