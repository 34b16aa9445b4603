using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Authing.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Client;

/// <summary>
/// A typed client of one Authing user pool: one method per Authing operation. Obtain it from
/// <see cref="IAuthingClientFactory"/> (or inject it directly for the default name).
/// </summary>
/// <remarks>
/// Operations that manage users send the pool's OwnerToken; operations that act as a user take the UserToken as a
/// parameter. Errors reported by Authing raise <see cref="AuthingException"/> (with <see cref="AuthingException.Code"/>);
/// failures to get an answer raise <see cref="AuthingTransportException"/>.
/// </remarks>
public sealed partial class AuthingClient
{
    private readonly AuthingClientOptions options;
    private readonly AuthingTransport transport;
    private readonly OwnerTokenProvider ownerTokens;
    private readonly PasswordEncryptor passwords;

    internal AuthingClient(string name, AuthingClientOptions options, Func<HttpClient> createHttpClient, TimeProvider timeProvider, ILogger logger, AuthingInstrumentation instrumentation)
    {
        Name = name;
        this.options = options;
        transport = new AuthingTransport(createHttpClient, options, timeProvider, logger, instrumentation);
        ownerTokens = new OwnerTokenProvider(name, FetchOwnerTokenAsync, timeProvider, logger);
        passwords = new PasswordEncryptor(options.PasswordEncPublicKey);
    }

    /// <summary>The client name given at registration.</summary>
    public string Name { get; }

    /// <summary>The user pool id this client is configured with, if any.</summary>
    public string? UserPoolId => options.UserPoolId;

    private async Task<T?> SendAsync<T>(
        GraphQLOperation operation,
        GraphQLVariables variables,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken,
        string? userToken = null) =>
        await SendAsync(operation, variables, field => field.Deserialize(resultType), cancellationToken, userToken).ConfigureAwait(false);

    private async Task<T?> SendAsync<T>(
        GraphQLOperation operation,
        GraphQLVariables variables,
        Func<JsonElement, T?> read,
        CancellationToken cancellationToken,
        string? userToken = null)
    {
        var bearer = operation.Credential switch
        {
            AuthingCredential.Owner => await GetOwnerTokenAsync(operation, cancellationToken).ConfigureAwait(false),
            AuthingCredential.User => userToken,
            _ => null,
        };
        return await transport.SendGraphQLAsync(operation, variables, bearer, read, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> SendRequiredAsync<T>(
        GraphQLOperation operation,
        GraphQLVariables variables,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken,
        string? userToken = null) =>
        await SendAsync(operation, variables, resultType, cancellationToken, userToken).ConfigureAwait(false)
            ?? throw new AuthingException(operation.OperationName, null, $"Authing returned no {operation.Field}.");

    private Task<string> GetOwnerTokenAsync(GraphQLOperation operation, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.OwnerToken))
        {
            return Task.FromResult(options.OwnerToken);
        }

        if (string.IsNullOrEmpty(options.Secret))
        {
            throw new InvalidOperationException(
                $"Authing operation '{operation.OperationName}' needs the OwnerToken, but Authing client '{Name}' has neither " +
                "AuthingClientOptions.Secret nor AuthingClientOptions.OwnerToken; set the pool secret (with UserPoolId) or a pool-admin token.");
        }

        return ownerTokens.GetAsync(cancellationToken);
    }

    private async Task<string> FetchOwnerTokenAsync(CancellationToken cancellationToken)
    {
        var operation = AuthingOperations.GetClientWhenSdkInit;
        var variables = new GraphQLVariables().AddSensitive("secret", options.Secret).Add("clientId", options.UserPoolId);
        var result = await transport.SendGraphQLAsync(
            operation,
            variables,
            bearerToken: null,
            field => field.Deserialize(AuthingJsonContext.Default.SdkInitResult),
            cancellationToken).ConfigureAwait(false);
        return result?.AccessToken is { Length: > 0 } token
            ? token
            : throw new AuthingException(operation.OperationName, null, "Authing returned no accessToken for the configured secret.");
    }

    private string Pool(string? given) =>
        given ?? options.UserPoolId ?? throw new InvalidOperationException(
            $"Authing client '{Name}' has no AuthingClientOptions.UserPoolId; set it, or pass the pool id to the call.");

    private static void RequireToken(string userToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userToken);
    }
}
