using IntegrationHub.Cli.AsyncApi;
using IntegrationHub.Cli.Commands;

namespace IntegrationHub.Cli.Tests.AsyncApi;

public sealed class AsyncApiCommandTests
{
    [Fact]
    public async Task Should_write_the_generated_document_to_the_given_file_when_exporting()
    {
        var file = Path.Combine(Path.GetTempPath(), "hub-asyncapi-" + Guid.NewGuid().ToString("N")[..8], "asyncapi.json");
        try
        {
            var exitCode = await AsyncApiCommand.Create().Parse(["export", "--out", file]).InvokeAsync();

            Assert.Equal(0, exitCode);
            Assert.Equal(AsyncApiDocument.Export(), await File.ReadAllTextAsync(file));
        }
        finally
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
