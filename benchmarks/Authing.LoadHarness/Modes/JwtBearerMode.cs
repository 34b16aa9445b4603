using Authing.Benchmarking;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Authing.LoadHarness.Modes;

/// <summary>The reference: Microsoft's JwtBearer 8.0.34 with its defaults, validating an HS256 JWT locally.</summary>
/// <param name="jwt">The key and the parameters.</param>
/// <param name="userId">The user the token is issued to.</param>
internal sealed class JwtBearerMode(LocalJwt jwt, string userId) : AuthenticatedMode
{
    private readonly string authorization = "Bearer " + jwt.CreateToken(userId);

    /// <inheritdoc />
    public override string Name => "jwtbearer";

    /// <inheritdoc />
    public override string? Authorization => authorization;

    /// <inheritdoc />
    protected override string Scheme => JwtBearerDefaults.AuthenticationScheme;

    /// <inheritdoc />
    protected override void AddScheme(AuthenticationBuilder authentication) =>
        authentication.AddJwtBearer(options => options.TokenValidationParameters = jwt.ValidationParameters);
}
