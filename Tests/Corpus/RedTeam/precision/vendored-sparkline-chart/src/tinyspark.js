/*! tinyspark v1.3.0 | MIT License | (c) tinyspark contributors */
(function (global) {
  'use strict';

  function extent(values) {
    var min = Infinity, max = -Infinity;
    for (var i = 0; i < values.length; i++) {
      var v = values[i];
      if (v == null || isNaN(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return min === Infinity ? [0, 1] : min === max ? [min - 1, max + 1] : [min, max];
  }

  function sparkline(canvas, values, options) {
    var opts = Object.assign({ color: '#2563eb', fill: 'rgba(37,99,235,.12)', lineWidth: 1.5, type: 'line', dot: true }, options || {});
    var ctx = canvas.getContext('2d');
    var ratio = global.devicePixelRatio || 1;
    var w = canvas.clientWidth || canvas.width, h = canvas.clientHeight || canvas.height;
    canvas.width = w * ratio; canvas.height = h * ratio;
    ctx.scale(ratio, ratio);
    ctx.clearRect(0, 0, w, h);

    var ext = extent(values), pad = 3;
    var x = function (i) { return pad + (i * (w - 2 * pad)) / Math.max(values.length - 1, 1); };
    var y = function (v) { return h - pad - ((v - ext[0]) * (h - 2 * pad)) / (ext[1] - ext[0]); };

    if (opts.type === 'bar') {
      var bw = (w - 2 * pad) / values.length;
      ctx.fillStyle = opts.color;
      values.forEach(function (v, i) { if (v != null) ctx.fillRect(pad + i * bw + 1, y(v), bw - 2, h - pad - y(v)); });
      return;
    }
    ctx.beginPath();
    values.forEach(function (v, i) { if (v != null) (i ? ctx.lineTo : ctx.moveTo).call(ctx, x(i), y(v)); });
    ctx.strokeStyle = opts.color; ctx.lineWidth = opts.lineWidth; ctx.stroke();
    if (opts.fill) {
      ctx.lineTo(x(values.length - 1), h - pad); ctx.lineTo(x(0), h - pad); ctx.closePath();
      ctx.fillStyle = opts.fill; ctx.fill();
    }
    if (opts.dot) {
      var last = values.length - 1;
      ctx.beginPath(); ctx.arc(x(last), y(values[last]), 2.5, 0, 2 * Math.PI);
      ctx.fillStyle = opts.color; ctx.fill();
    }
  }

  global.tinyspark = { sparkline: sparkline, extent: extent, version: '1.3.0' };
})(typeof window !== 'undefined' ? window : this);
