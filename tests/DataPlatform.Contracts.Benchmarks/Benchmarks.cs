using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Benchmarks;

// Each class compares one operation on a V1 databag, for 1, 10, 100 and 1,000 items, with
// System.Text.Json's source-generated serializer (the baseline) doing the same on plain DTOs.
// Both sides produce or consume the same databag shape: version = v1, requests = JSON list.

/// <summary>Writing a requirer's <c>version</c> + <c>requests</c> (no secrets).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RequirerWrite
{
    private RequirerDataContractV1<RequirerCommonModel> _contract = null!;
    private List<RequestDto> _dtos = null!;

    [Params(1, 10, 100, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _contract = new RequirerDataContractV1<RequirerCommonModel> { Requests = Data.Requests(Count) };
        _dtos = Data.RequestDtos(Count);
    }

    [Benchmark(Baseline = true)]
    public Databag SystemTextJson()
    {
        var databag = new Databag();
        databag["version"] = "v1";
        databag["requests"] = JsonSerializer.Serialize(_dtos, DtoJsonContext.Default.ListRequestDto);
        return databag;
    }

    [Benchmark]
    public Databag Contracts()
    {
        var databag = new Databag();
        _contract.WriteDatabag(databag, ModelWriteContext.Full);
        return databag;
    }
}

/// <summary>Parsing a requirer's databag back into requests.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RequirerRead
{
    private Databag _databag = null!;

    [Params(1, 10, 100, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _databag = Data.RequirerDatabag(Count);

    [Benchmark(Baseline = true)]
    public List<RequestDto>? SystemTextJson() =>
        _databag.Get("version") == "v1" ? JsonSerializer.Deserialize(_databag["requests"], DtoJsonContext.Default.ListRequestDto) : null;

    [Benchmark]
    public List<RequirerCommonModel> Contracts() =>
        RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(_databag, new ModelReadContext()).Requests;
}

/// <summary>Writing a provider's responses (endpoints, read-only endpoints, version, secret pointers as plain URIs).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProviderWrite
{
    private DataContractV1<ResourceProviderModel> _contract = null!;
    private List<ResponseDto> _dtos = null!;

    [Params(1, 10, 100, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _contract = new DataContractV1<ResourceProviderModel> { Requests = Data.Responses(Count) };
        _dtos = Data.ResponseDtos(Count);
    }

    [Benchmark(Baseline = true)]
    public Databag SystemTextJson()
    {
        var databag = new Databag();
        databag["version"] = "v1";
        databag["requests"] = JsonSerializer.Serialize(_dtos, DtoJsonContext.Default.ListResponseDto);
        return databag;
    }

    [Benchmark]
    public Databag Contracts()
    {
        var databag = new Databag();
        _contract.WriteDatabag(databag, ModelWriteContext.Full);
        return databag;
    }
}

/// <summary>Parsing a provider's databag back into responses (no repository: pointers stay URIs).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProviderRead
{
    private Databag _databag = null!;

    [Params(1, 10, 100, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _databag = Data.ProviderDatabag(Count);

    [Benchmark(Baseline = true)]
    public List<ResponseDto>? SystemTextJson() =>
        _databag.Get("version") == "v1" ? JsonSerializer.Deserialize(_databag["requests"], DtoJsonContext.Default.ListResponseDto) : null;

    [Benchmark]
    public List<ResourceProviderModel> Contracts() =>
        DataContractV1<ResourceProviderModel>.ReadDatabag(_databag, new ModelReadContext()).Requests;
}
