using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>Turns a type reference from a document into the schema's type, or null when its name is unknown.</summary>
internal static class TypeResolution
{
    public static GraphQLType? FromNode(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => FromNode(schema, nonNull.Type)?.NonNull(),
        ListTypeNode list => FromNode(schema, list.Type)?.List(),
        NamedTypeNode named => schema.FindType(named.Name),
        _ => null,
    };

    public static bool IsInputType(GraphQLType type) => type.Named is ScalarType or EnumType or InputObjectType;
}
