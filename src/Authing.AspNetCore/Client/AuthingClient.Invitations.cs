using System.Text.Json;

namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Turns the phone-registration whitelist on or off (OwnerToken).</summary>
    /// <param name="enabled">Whether only whitelisted phones may register.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new state.</returns>
    public Task<InvitationState> SetInvitationStateAsync(bool enabled, CancellationToken cancellationToken = default)
    {
        var variables = new GraphQLVariables().Add("client", Pool(null)).Add("enableQrCode", enabled);
        return SendRequiredAsync(AuthingOperations.SetInvitationState, variables, AuthingJsonContext.Default.InvitationState, cancellationToken);
    }

    /// <summary>Reads whether the phone-registration whitelist is on (OwnerToken).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state.</returns>
    public Task<InvitationState> QueryInvitationStateAsync(CancellationToken cancellationToken = default)
    {
        var variables = new GraphQLVariables().Add("client", Pool(null));
        return SendRequiredAsync(AuthingOperations.QueryInvitationState, variables, AuthingJsonContext.Default.InvitationState, cancellationToken);
    }

    /// <summary>Adds a phone number to the whitelist (OwnerToken).</summary>
    /// <param name="phone">The phone number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries Authing returns.</returns>
    public Task<IReadOnlyList<InvitationEntry>> AddToInvitationAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        var variables = new GraphQLVariables().Add("client", Pool(null)).Add("qrCodPhone", phone);
        return SendInvitationListAsync(AuthingOperations.AddToInvitation, variables, cancellationToken);
    }

    /// <summary>Removes a phone number from the whitelist (OwnerToken).</summary>
    /// <param name="phone">The phone number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries Authing returns.</returns>
    public Task<IReadOnlyList<InvitationEntry>> RemoveFromInvitationAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        var variables = new GraphQLVariables().Add("client", Pool(null)).Add("qrCodePhone", phone);
        return SendInvitationListAsync(AuthingOperations.RemoveFromInvitation, variables, cancellationToken);
    }

    /// <summary>Lists the whitelisted phone numbers (OwnerToken).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The whitelist.</returns>
    public Task<IReadOnlyList<InvitationEntry>> QueryInvitationAsync(CancellationToken cancellationToken = default)
    {
        var variables = new GraphQLVariables().Add("client", Pool(null));
        return SendInvitationListAsync(AuthingOperations.QueryInvitation, variables, cancellationToken);
    }

    /// <summary>The seeds do not say whether these fields return one entry or a list; both are accepted.</summary>
    private async Task<IReadOnlyList<InvitationEntry>> SendInvitationListAsync(GraphQLOperation operation, GraphQLVariables variables, CancellationToken cancellationToken) =>
        await SendAsync(operation, variables, ReadInvitationEntries, cancellationToken).ConfigureAwait(false) ?? [];

    private static IReadOnlyList<InvitationEntry>? ReadInvitationEntries(JsonElement field) =>
        field.ValueKind == JsonValueKind.Array
            ? field.Deserialize(AuthingJsonContext.Default.IReadOnlyListInvitationEntry)
            : field.Deserialize(AuthingJsonContext.Default.InvitationEntry) is { } entry ? [entry] : null;
}
