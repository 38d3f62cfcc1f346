using DataPlatform.Contracts.Packer;

// Usage (build/DataPlatform.Contracts.targets runs it after a Native AOT publish):
//   DataPlatform.Contracts.Packer --project <charmcraft.yaml> --dispatch <binary> --architecture <amd64|arm64|...>
//     --output <directory> [--platform <label>] [--file <source>=<path in charm>]...
// Errors are printed in MSBuild's canonical form, '<file> : error CHARMPACK: <message>', and exit 1.
try
{
    var request = Arguments.Parse(args);
    var charm = CharmPacker.Pack(request);
    Console.WriteLine($"packed {Path.GetFullPath(charm)} ({new FileInfo(charm).Length} bytes)");
    return 0;
}
catch (PackException e)
{
    Console.Error.WriteLine($"{e.File} : error CHARMPACK: {e.Message.ReplaceLineEndings(" | ")}");
    return 1;
}
