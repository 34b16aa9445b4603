namespace Authing.Emulator.Configuration;

/// <summary>Well-known values of the emulator.</summary>
public static class EmulatorDefaults
{
    /// <summary>The id of the pool created when no pool is configured ("emulator" in hex, then 1).</summary>
    public const string DefaultUserPoolId = "656d756c61746f7200000001";

    /// <summary>The name of the default pool.</summary>
    public const string DefaultUserPoolName = "Authing Emulator";

    /// <summary>The client id of the demo OIDC app created when none is configured ("emulatorOIDC" in hex).</summary>
    public const string DemoOidcClientId = "656d756c61746f724f494443";

    /// <summary>The client secret of the demo OIDC app.</summary>
    public const string DemoOidcClientSecret = "emulator-demo-oidc-secret";

    /// <summary>The name of the demo OIDC app.</summary>
    public const string DemoOidcAppName = "Authing Emulator demo app";
}
