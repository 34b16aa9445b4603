using System.Text.Json;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class MfaRequestTests
{
    private const string Mfa = """{"_id":"5d04e6e3e9ab0a5b1a6e1d21","userId":"5a584dcd32e6510001a8f144","userPoolId":"5a584dcd32e6510001a8f145","enable":true,"shareKey":"JBSWY3DPEHPK3PXP"}""";

    [Fact]
    public async Task QueryMfa_with_a_UserToken_sends_it_and_the_pool_and_reads_the_record()
    {
        var handler = new RecordingHandler(request => Responses.Data("queryMFA", Mfa));
        using var harness = new ClientHarness(handler);

        AuthingMfa mfa = await harness.Client.QueryMfaAsync(new MfaQuery { UserId = "5a584dcd32e6510001a8f144" }, "user-token");

        var request = handler.Only();
        Assert.Equal("queryMFA", request.OperationName);
        Assert.Equal("user-token", request.Authorization?.Parameter);
        Assert.Equal(("5a584dcd32e6510001a8f144", ClientHarness.PoolId), (request.Variable("userId"), request.Variable("userPoolId")));
        Assert.Equal(("5d04e6e3e9ab0a5b1a6e1d21", true, "JBSWY3DPEHPK3PXP"), (mfa.Id, mfa.Enable, mfa.ShareKey));
    }

    [Fact]
    public async Task QueryMfa_by_id_without_a_UserToken_sends_the_OwnerToken()
    {
        var handler = new RecordingHandler(request => Responses.Data("queryMFA", Mfa));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = "owner-token");

        await harness.Client.QueryMfaAsync(new MfaQuery { Id = "5d04e6e3e9ab0a5b1a6e1d21" });

        var request = handler.Only();
        Assert.Equal("owner-token", request.Authorization?.Parameter);
        Assert.Equal("5d04e6e3e9ab0a5b1a6e1d21", request.Variable("_id"));
        Assert.False(request.Variables.TryGetProperty("userPoolId", out _));
    }

    [Fact]
    public async Task ChangeMfa_sends_enable_and_refreshKey_as_booleans()
    {
        var handler = new RecordingHandler(request => Responses.Data("changeMFA", Mfa));
        using var harness = new ClientHarness(handler);

        await harness.Client.ChangeMfaAsync("user-token", new ChangeMfaRequest { Target = new MfaQuery { UserId = "5a584dcd32e6510001a8f144" }, Enable = true, RefreshKey = true });

        var request = handler.Only();
        Assert.Equal("changeMFA", request.OperationName);
        Assert.Equal(JsonValueKind.True, request.Variables.GetProperty("enable").ValueKind);
        Assert.Equal(JsonValueKind.True, request.Variables.GetProperty("refreshKey").ValueKind);
    }

    [Fact]
    public async Task An_mfa_query_naming_no_record_is_refused_before_sending()
    {
        var handler = new RecordingHandler(request => Responses.Data("queryMFA", Mfa));
        using var harness = new ClientHarness(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.QueryMfaAsync(new MfaQuery(), "user-token"));
    }
}
