<?php
// A plain PHP portal in front of @pembinaan/server: its own login, its own session, the widgets from one script tag,
// forms posted to the server and dashboards read from it. Run: php -S 127.0.0.1:8080 public/index.php
declare(strict_types=1);

require __DIR__ . '/../src/pembinaan.php';

session_name('portal');
session_set_cookie_params(['httponly' => true, 'samesite' => 'Lax']);
session_start();

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?: '/';
$method = $_SERVER['REQUEST_METHOD'];
$user = $_SESSION['user'] ?? null;

function h(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

function csrf(): string
{
    if (empty($_SESSION['csrf'])) {
        $_SESSION['csrf'] = bin2hex(random_bytes(16));
    }
    return $_SESSION['csrf'];
}

function check_csrf(): void
{
    if (!hash_equals($_SESSION['csrf'] ?? '', (string) ($_POST['_csrf'] ?? ''))) {
        http_response_code(403);
        exit('CSRF token tidak cocok.');
    }
}

function page(string $title, string $body, ?array $user): void
{
    header('Content-Type: text/html; charset=utf-8');
    header("Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'");
    $nav = $user === null ? '' : '<nav><a href="/">Beranda</a> · <a href="/feedback">Umpan balik 360</a> · <a href="/dashboard">Dasbor unit</a> · <a href="/report">Laporan 360 saya</a> · <form method="post" action="/logout" style="display:inline"><input type="hidden" name="_csrf" value="' . h(csrf()) . '"><button>Keluar</button></form></nav>';
    echo '<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        . '<title>' . h($title) . ' — Portal Kepegawaian</title>'
        // The one script tag: every <asn-*> element registers itself.
        . '<script type="module" src="/pembinaan-widgets.js"></script>'
        . '</head><body><header><h1>' . h($title) . '</h1>'
        . ($user ? '<p id="who">' . h($user['name']) . ' (' . h(implode(', ', $user['roles'])) . ')</p>' : '')
        . $nav . '</header><main>' . $body . '</main></body></html>';
}

function users(): array
{
    return json_decode(file_get_contents(__DIR__ . '/../src/users.json'), true);
}

// The widgets' standalone bundle, served by the portal itself.
if ($path === '/pembinaan-widgets.js') {
    $file = pembinaan_config()['widgets'];
    if (!is_file($file)) {
        http_response_code(404);
        exit('Build the widgets first: pnpm --filter @pembinaan/widgets build');
    }
    header('Content-Type: text/javascript; charset=utf-8');
    readfile($file);
    exit;
}

if ($path === '/login') {
    $error = '';
    if ($method === 'POST') {
        check_csrf();
        foreach (users() as $candidate) {
            if (hash_equals($candidate['nip'], (string) ($_POST['nip'] ?? '')) && password_verify((string) ($_POST['password'] ?? ''), $candidate['password'])) {
                session_regenerate_id(true);
                unset($candidate['password']);
                $_SESSION['user'] = $candidate;
                header('Location: /');
                exit;
            }
        }
        $error = '<p role="alert" id="error">NIP atau kata sandi salah.</p>';
    }
    $options = '';
    foreach (users() as $u) {
        $options .= '<option value="' . h($u['nip']) . '">' . h($u['name'] . ' — ' . implode(', ', $u['roles'])) . '</option>';
    }
    page('Masuk', $error . '<form method="post" action="/login"><input type="hidden" name="_csrf" value="' . h(csrf()) . '">'
        . '<label>NIP <select name="nip" id="nip">' . $options . '</select></label> '
        . '<label>Kata sandi <input type="password" name="password" id="password" autocomplete="current-password"></label> '
        . '<button id="login">Masuk</button><p>Demo: kata sandi <code>demo</code>.</p></form>', null);
    exit;
}

if ($user === null) {
    header('Location: /login');
    exit;
}

if ($path === '/logout' && $method === 'POST') {
    check_csrf();
    session_destroy();
    header('Location: /login');
    exit;
}

if ($path === '/') {
    page('Beranda', '<p>Selamat datang, ' . h($user['name']) . '.</p>', $user);
    exit;
}

if ($path === '/feedback') {
    $subject = (string) ($_GET['subject'] ?? users()[0]['nip']);
    $period = (string) ($_GET['period'] ?? '2026-Q4');
    $group = (string) ($_GET['group'] ?? 'atasan');
    if ($method === 'POST') {
        check_csrf();
        // The widget's entries as PHP read them ($_POST['ratings'] is an array); forwarded as the same names.
        $form = ['subjectId' => $_POST['subjectId'] ?? '', 'raterGroup' => $_POST['raterGroup'] ?? '', 'period' => $_POST['period'] ?? '',
                 'ratings' => $_POST['ratings'] ?? []];
        if (!empty($_POST['comments'])) {
            $form['comments'] = $_POST['comments'];
        }
        [$status, $body] = pembinaan_call($user, 'POST', '/api/feedback', $form);
        $message = $status === 201
            ? '<p role="status" id="result">Terima kasih, penilaian Anda tersimpan.</p>'
            : '<p role="alert" id="result">Ditolak (' . $status . '): ' . h((string) ($body['detail'] ?? '')) . '</p>';
        page('Umpan balik 360', $message, $user);
        exit;
    }
    page('Umpan balik 360', '<form method="post" action="/feedback?subject=' . h(urlencode($subject)) . '">'
        . '<input type="hidden" name="_csrf" value="' . h(csrf()) . '">'
        . '<asn-feedback-form subject-id="' . h($subject) . '" rater-group="' . h($group) . '" period="' . h($period) . '"></asn-feedback-form>'
        . '</form>', $user);
    exit;
}

if ($path === '/dashboard') {
    [$status, $data] = pembinaan_call($user, 'GET', '/api/widgets/unit-dashboard');
    if ($status !== 200) {
        page('Dasbor unit', '<p role="alert" id="result">Tidak dapat dibuka (' . $status . '): ' . h((string) ($data['detail'] ?? '')) . '</p>', $user);
        exit;
    }
    // The server's JSON is handed to the widget as it came (it is exactly the shape the widget reads).
    $json = json_encode($data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE);
    page('Dasbor unit', '<asn-unit-dashboard><script type="application/json">' . $json . '</script></asn-unit-dashboard>'
        . '<p id="records">' . count($data['records']) . ' catatan</p>', $user);
    exit;
}

if ($path === '/report') {
    $period = (string) ($_GET['period'] ?? '2026');
    [$status, $data] = pembinaan_call($user, 'GET', '/api/feedback/' . rawurlencode($user['nip']) . '/' . rawurlencode($period));
    $text = $status === 200
        ? ($data['status'] === 'sufficient' ? 'Nilai 360: ' . h($data['overall']['score']['text']) : 'Belum cukup penilai untuk ditampilkan.')
        : 'Tidak dapat dibuka (' . $status . ')';
    page('Laporan 360 saya', '<p id="result">' . $text . '</p>', $user);
    exit;
}

http_response_code(404);
page('Tidak ditemukan', '<p>Halaman tidak ada.</p>', $user);
