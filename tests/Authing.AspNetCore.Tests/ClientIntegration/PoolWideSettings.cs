namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>
/// Tests that change settings of the whole user pool (the registration whitelist). Against a real pool every test
/// class shares that pool, so these run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PoolWideSettings
{
    public const string Name = "Pool settings";
}
