/* minichart.js - tiny canvas bar/line charts and a sortable table for offline reports.
 * No dependencies, no network access. MIT licence, part of csv-html-report-m14. */
(function (global) {
  'use strict';
  var PALETTE = ['#3b82f6', '#10b981', '#f59e0b', '#ef4444', '#8b5cf6', '#14b8a6'];
  var PAD = { top: 20, right: 16, bottom: 56, left: 64 };

  function setup(canvas) {
    var ratio = global.devicePixelRatio || 1;
    var w = canvas.clientWidth || 900, h = canvas.clientHeight || 320;
    canvas.width = w * ratio;
    canvas.height = h * ratio;
    var ctx = canvas.getContext('2d');
    ctx.scale(ratio, ratio);
    ctx.font = '12px system-ui, sans-serif';
    return { ctx: ctx, w: w, h: h };
  }

  function niceMax(v) {
    if (v <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }

  function fmt(v) {
    if (Math.abs(v) >= 1e6) return (v / 1e6).toFixed(1) + 'M';
    if (Math.abs(v) >= 1e3) return (v / 1e3).toFixed(1) + 'k';
    return String(Math.round(v * 100) / 100);
  }

  function axes(c, max) {
    var ctx = c.ctx, plotH = c.h - PAD.top - PAD.bottom;
    ctx.strokeStyle = '#e5e7eb';
    ctx.fillStyle = '#6b7280';
    ctx.textAlign = 'right';
    for (var i = 0; i <= 4; i++) {
      var y = PAD.top + plotH - (plotH * i) / 4;
      ctx.beginPath(); ctx.moveTo(PAD.left, y); ctx.lineTo(c.w - PAD.right, y); ctx.stroke();
      ctx.fillText(fmt((max * i) / 4), PAD.left - 6, y + 4);
    }
    return plotH;
  }

  function label(ctx, text, x, y) {
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(-Math.PI / 6);
    ctx.textAlign = 'right';
    ctx.fillText(String(text).slice(0, 18), 0, 0);
    ctx.restore();
  }

  function bar(canvas, labels, values) {
    var c = setup(canvas), ctx = c.ctx;
    var max = niceMax(Math.max.apply(null, values.concat([0])));
    var plotH = axes(c, max), plotW = c.w - PAD.left - PAD.right;
    var slot = plotW / Math.max(values.length, 1), bw = slot * 0.7;
    values.forEach(function (v, i) {
      var x = PAD.left + i * slot + (slot - bw) / 2, bh = (plotH * Math.max(v, 0)) / max;
      ctx.fillStyle = PALETTE[i % PALETTE.length];
      ctx.fillRect(x, PAD.top + plotH - bh, bw, bh);
      ctx.fillStyle = '#374151';
      label(ctx, labels[i], x + bw / 2, c.h - PAD.bottom + 14);
    });
  }

  function line(canvas, labels, values) {
    var c = setup(canvas), ctx = c.ctx;
    var max = niceMax(Math.max.apply(null, values.concat([0])));
    var plotH = axes(c, max), plotW = c.w - PAD.left - PAD.right;
    var step = plotW / Math.max(values.length - 1, 1);
    ctx.strokeStyle = PALETTE[0];
    ctx.lineWidth = 2;
    ctx.beginPath();
    values.forEach(function (v, i) {
      var x = PAD.left + i * step, y = PAD.top + plotH - (plotH * v) / max;
      if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
    });
    ctx.stroke();
    ctx.fillStyle = '#374151';
    labels.forEach(function (l, i) { label(ctx, l, PAD.left + i * step, c.h - PAD.bottom + 14); });
  }

  function sortableTable(table) {
    var headers = table.querySelectorAll('th');
    headers.forEach(function (th, col) {
      th.addEventListener('click', function () {
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var asc = th.getAttribute('data-sort') !== 'asc';
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent;
          var nx = parseFloat(x.replace(/[,%]/g, '')), ny = parseFloat(y.replace(/[,%]/g, ''));
          var cmp = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
          return asc ? cmp : -cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        headers.forEach(function (h) { h.removeAttribute('data-sort'); });
        th.setAttribute('data-sort', asc ? 'asc' : 'desc');
      });
    });
  }

  global.MiniChart = { bar: bar, line: line, sortableTable: sortableTable };
})(window);
