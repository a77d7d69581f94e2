<?php
// The portal's side of @pembinaan/server: a short-lived HS256 token signed with the shared secret (hash_hmac, no
// library), and calls to the API with it. Plain PHP 8, no extensions beyond the defaults (no curl).
declare(strict_types=1);

function pembinaan_config(): array
{
    $secret = getenv('PEMBINAAN_SECRET') ?: '';
    if (strlen($secret) < 32) {
        http_response_code(500);
        exit('PEMBINAAN_SECRET must be set (at least 32 characters, the same as the server\'s).');
    }
    return [
        'api' => rtrim(getenv('PEMBINAAN_API') ?: 'http://127.0.0.1:8787', '/'),
        'secret' => $secret,
        'widgets' => getenv('PEMBINAAN_WIDGETS_FILE') ?: __DIR__ . '/../../../packages/widgets/dist/standalone/pembinaan-widgets.js',
    ];
}

function base64url(string $bytes): string
{
    return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
}

/** The token the server checks on every request: the NIP, the region and the roles, valid for five minutes. */
function pembinaan_token(array $user): string
{
    $config = pembinaan_config();
    $now = time();
    $header = base64url(json_encode(['alg' => 'HS256', 'typ' => 'JWT']));
    $payload = base64url(json_encode([
        'sub' => $user['nip'],
        'region' => $user['region'],
        'roles' => $user['roles'],
        'name' => $user['name'],
        'iat' => $now,
        'exp' => $now + 300,
    ]));
    $signature = base64url(hash_hmac('sha256', "$header.$payload", $config['secret'], true));
    return "$header.$payload.$signature";
}

/**
 * Calls the API as the signed-in user. $form is sent as application/x-www-form-urlencoded (http_build_query writes
 * PHP arrays back as the bracketed names the widgets posted). Returns [status, decoded JSON body].
 */
function pembinaan_call(array $user, string $method, string $path, ?array $form = null): array
{
    $config = pembinaan_config();
    $lang = str_starts_with($_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? '', 'en') ? 'en' : 'id';
    $headers = [
        'Authorization: Bearer ' . pembinaan_token($user),
        'Accept: application/json',
        'Accept-Language: ' . $lang,
    ];
    $options = ['method' => $method, 'ignore_errors' => true, 'timeout' => 15];
    if ($form !== null) {
        $headers[] = 'Content-Type: application/x-www-form-urlencoded';
        $options['content'] = http_build_query($form, '', '&', PHP_QUERY_RFC3986);
    }
    $options['header'] = implode("\r\n", $headers);
    $body = @file_get_contents($config['api'] . $path, false, stream_context_create(['http' => $options]));
    $status = 0;
    foreach ($http_response_header ?? [] as $line) {
        if (preg_match('#^HTTP/\S+ (\d{3})#', $line, $m)) {
            $status = (int) $m[1];
        }
    }
    return [$status, $body === false ? null : json_decode($body, true)];
}
