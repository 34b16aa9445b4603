using System.Security.Cryptography;
using System.Text;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class PasswordEncryptionTests : IDisposable
{
    private readonly RSA keyPair = RSA.Create(2048);

    public void Dispose() => keyPair.Dispose();

    [Fact]
    public async Task Login_password_is_rsa_pkcs1_encrypted_with_the_configured_key_and_base64_encoded()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = Harness(handler);

        await harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "s3cret-密码" });

        Assert.Equal("s3cret-密码", Decrypt(handler.Only().Variable("password")));
    }

    [Fact]
    public async Task Register_password_is_encrypted()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = Harness(handler);

        await harness.Client.RegisterAsync(new RegisterRequest { Phone = "13800000000", PhoneCode = "1234", Password = "new-pass" });

        var request = handler.Only();
        Assert.Equal("new-pass", Decrypt(request.Variable("password")));
        Assert.Equal("1234", request.Variable("phoneCode"));
    }

    [Fact]
    public async Task UpdateUser_encrypts_both_new_and_old_passwords()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = Harness(handler, ownerToken: "owner");

        await harness.Client.UpdateUserAsync(new UpdateUserRequest { Id = "u1", Password = "next", OldPassword = "previous" });

        var request = handler.Only();
        Assert.Equal("next", Decrypt(request.Variable("password")));
        Assert.Equal("previous", Decrypt(request.Variable("oldPassword")));
    }

    [Fact]
    public async Task ChangePassword_encrypts_the_new_password()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = Harness(handler);

        await harness.Client.ChangePasswordAsync("x@y.z", "fresh", "123456");

        Assert.Equal("fresh", Decrypt(handler.Only().Variable("password")));
    }

    [Fact]
    public async Task Clear_password_never_appears_in_the_request_body()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = Harness(handler);

        await harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "plain-text-pass" });

        Assert.DoesNotContain("plain-text-pass", handler.Only().Body, StringComparison.Ordinal);
    }

    private ClientHarness Harness(RecordingHandler handler, string? ownerToken = null) =>
        new(handler, options =>
        {
            options.PasswordEncPublicKey = keyPair.ExportSubjectPublicKeyInfoPem();
            options.OwnerToken = ownerToken;
        });

    private string Decrypt(string? base64) =>
        Encoding.UTF8.GetString(keyPair.Decrypt(Convert.FromBase64String(base64!), RSAEncryptionPadding.Pkcs1));
}
