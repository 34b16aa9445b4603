using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>What one operation or fragment definition uses: variables (with the type expected where) and spreads.</summary>
internal sealed class ValidationScope
{
    public List<VariableUsage> Usages { get; } = [];

    public List<FragmentSpreadNode> Spreads { get; } = [];
}

/// <summary>A variable used where a value of <see cref="Type"/> is expected (null when that type is unknown).</summary>
internal sealed record VariableUsage(VariableNode Variable, GraphQLType? Type, bool LocationHasDefault);
