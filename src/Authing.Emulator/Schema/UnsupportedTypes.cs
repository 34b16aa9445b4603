using Authing.Emulator.GraphQL.Types;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// The result types of the operations later issues implement (MFA); they are in the schema so
/// that clients' documents validate, and the operations answer a "not supported yet" business error.
/// </summary>
internal static class UnsupportedTypes
{
    public static ObjectType Mfa { get; } = NullObject("MFA", ["_id", "userId", "userPoolId", "shareKey"], ("enable", Bool));
}
