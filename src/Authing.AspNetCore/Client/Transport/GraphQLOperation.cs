namespace Authing.AspNetCore.Client;

/// <summary>Describes one GraphQL operation the client sends.</summary>
/// <param name="Resource">The embedded document's file name without extension.</param>
/// <param name="OperationName">The operation name inside the document.</param>
/// <param name="Field">The root field whose value is the result.</param>
/// <param name="IsQuery">Whether it is a query (idempotent, retried) rather than a mutation.</param>
/// <param name="Gateway">The gateway it is sent to.</param>
/// <param name="Credential">The token it sends.</param>
internal sealed record GraphQLOperation(
    string Resource,
    string OperationName,
    string Field,
    bool IsQuery,
    AuthingGateway Gateway,
    AuthingCredential Credential);
