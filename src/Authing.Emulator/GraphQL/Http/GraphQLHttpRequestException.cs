namespace Authing.Emulator.GraphQL.Http;

/// <summary>An HTTP request that is not a well-formed GraphQL request; answered with <see cref="StatusCode"/>.</summary>
internal sealed class GraphQLHttpRequestException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
