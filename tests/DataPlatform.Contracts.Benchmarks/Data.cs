using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>The same requests and responses as generated models, as DTOs and as written databags.</summary>
internal static class Data
{
    private static string Salt(int i) => "s" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public static List<RequirerCommonModel> Requests(int count)
    {
        var list = new List<RequirerCommonModel>(count);
        for (var i = 0; i < count; i++)
        {
            var resource = "db" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(new RequirerCommonModel
            {
                Resource = resource,
                Salt = Salt(i),
                RequestId = RequestIds.Hash(resource, Salt(i)),
                ExtraUserRoles = "CREATEDB,CREATEROLE",
            });
        }
        return list;
    }

    public static List<RequestDto> RequestDtos(int count) => Requests(count).ConvertAll(m => new RequestDto
    {
        Resource = m.Resource,
        RequestId = m.RequestId,
        Salt = m.Salt,
        ExtraUserRoles = m.ExtraUserRoles,
    });

    public static List<ResourceProviderModel> Responses(int count)
    {
        var list = new List<ResourceProviderModel>(count);
        foreach (var request in Requests(count))
        {
            list.Add(new ResourceProviderModel
            {
                Resource = request.Resource,
                RequestId = request.RequestId,
                Salt = request.Salt,
                Endpoints = "10.0.0.1:5432,10.0.0.2:5432",
                ReadOnlyEndpoints = "10.0.0.3:5432",
                SecretUser = "secret:d1k3r6fmp25c7bq2g8ag",
                SecretTls = "secret:d1k3r6fmp25c7bq2g8b0",
                Version = "16.2",
            });
        }
        return list;
    }

    public static List<ResponseDto> ResponseDtos(int count) => Responses(count).ConvertAll(m => new ResponseDto
    {
        Resource = m.Resource,
        RequestId = m.RequestId,
        Salt = m.Salt,
        Endpoints = m.Endpoints,
        ReadOnlyEndpoints = m.ReadOnlyEndpoints,
        SecretUser = m.SecretUser,
        SecretTls = m.SecretTls,
        Version = m.Version,
    });

    public static Databag RequirerDatabag(int count)
    {
        var databag = new Databag();
        new RequirerDataContractV1<RequirerCommonModel> { Requests = Requests(count) }.WriteDatabag(databag, ModelWriteContext.Full);
        return databag;
    }

    public static Databag ProviderDatabag(int count)
    {
        var databag = new Databag();
        new DataContractV1<ResourceProviderModel> { Requests = Responses(count) }.WriteDatabag(databag, ModelWriteContext.Full);
        return databag;
    }
}
