using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language.Ast;

namespace Authing.Emulator.GraphQL;

/// <summary>A parsed and validated document, or the errors that stopped it.</summary>
internal sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
