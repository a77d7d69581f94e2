<?php
/*
 * A server-rendered page with the widgets, as in docs/widgets/frameworks.md ("Plain PHP and Blade"): one script
 * tag, the scorecard's data inline as JSON (JSON_HEX_TAG: a value holding "</script>" cannot end the data block),
 * a policy by preset, and the survey inside the portal's own form. Expects $scorecard (an array), $csrf and $ticket.
 */
?>
<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <title>Kinerja</title>
    <script type="module" src="/assets/pembinaan/pembinaan-widgets.js"></script>
  </head>
  <body>
    <asn-scorecard>
      <script type="application/json"><?= json_encode($scorecard, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE) ?></script>
    </asn-scorecard>

    <asn-policy-view preset="bukittinggi"></asn-policy-view>

    <form method="post" action="/layanan/skm">
      <input type="hidden" name="_token" value="<?= htmlspecialchars($csrf) ?>" />
      <asn-survey-form ticket="<?= htmlspecialchars($ticket) ?>" with-comment></asn-survey-form>
    </form>
  </body>
</html>
