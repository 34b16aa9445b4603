namespace Authing.AspNetCore.Client;

/// <summary>Per-request flags read by the Authing message handlers.</summary>
public static class AuthingRequestOptions
{
    /// <summary>Marks a request safe to retry (GraphQL queries and REST GETs); absent means not retried.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("Authing.Idempotent");

    /// <summary>The operation name, for logs.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationName = new("Authing.OperationName");
}
