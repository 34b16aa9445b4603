namespace Authing.AspNetCore.Tests.Admin;

/// <summary>One admin API app shared by the tests of a class; every test arranges its own users.</summary>
public sealed class AdminApiFixture : IAsyncLifetime
{
    private AdminApi? api;

    internal AdminApi Api => api ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => api = await AdminApi.StartAsync();

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }
}
