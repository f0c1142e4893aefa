// The vote page's work in the browser: the ballot is encrypted here before it is sent; a trustee's
// key is made here and its secret part saved on this device only; a trustee's part of the count is
// computed here from its key file. The cryptography is ballot-crypto.js (web/ballot).
(function () {
  'use strict';
  const B = window.ThiduaBallot;

  function download(name, text) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  const ballot = document.getElementById('ballot');
  if (ballot) {
    ballot.addEventListener('submit', (event) => {
      if (ballot.dataset.sealed === 'yes') return;
      event.preventDefault();
      const marked = [...ballot.querySelectorAll('.ballot-option:checked')].map((input) => Number(input.value));
      const blankChosen = document.getElementById('option-blank')?.checked;
      const max = Number(ballot.dataset.max);
      if (marked.length === 0 && !blankChosen && max === 1) {
        alert('Hãy chọn một phương án, hoặc chọn "Phiếu trắng".');
        return;
      }
      if (marked.length > max) {
        alert('Chỉ được chọn tối đa ' + max + ' phương án.');
        return;
      }
      const question = marked.length === 0
        ? 'Bỏ phiếu trắng (không chọn phương án nào)? Phiếu đã bỏ không sửa được.'
        : 'Phiếu đã bỏ không sửa được. Bỏ phiếu?';
      if (!window.confirm(question)) return;
      const sealed = B.encryptBallot(Number(ballot.dataset.vote), ballot.dataset.key, Number(ballot.dataset.options), max, marked);
      document.getElementById('encrypted-ballot').value = JSON.stringify(sealed.ballot);
      // the choice itself never leaves this page: the inputs are not sent
      ballot.querySelectorAll('input[name="choice"]').forEach((input) => input.removeAttribute('name'));
      ballot.dataset.sealed = 'yes';
      document.getElementById('cast').disabled = true;
      ballot.submit();
    });
  }

  const keyForm = document.getElementById('key-form');
  if (keyForm) {
    const vote = Number(keyForm.dataset.vote);
    const trustee = Number(keyForm.dataset.trustee);
    document.getElementById('make-key').addEventListener('click', () => {
      const key = B.generateKey(vote, trustee);
      download('khoa-bi-mat-bieu-quyet-' + vote + '-' + trustee + '.json',
        JSON.stringify({ vote, trustee, secret: key.secret, share: key.share }, null, 1));
      document.getElementById('key-share').value = JSON.stringify(key.share);
      document.getElementById('register-key').disabled = false;
      document.getElementById('make-key').textContent = 'Đã tạo khóa; tệp khóa bí mật đã được tải về';
      document.getElementById('make-key').disabled = true;
    });
    document.getElementById('use-pasted').addEventListener('click', () => {
      document.getElementById('key-share').value = document.getElementById('pasted-share').value;
      keyForm.submit();
    });
  }

  const decryptForm = document.getElementById('decrypt-form');
  if (decryptForm) {
    const error = document.getElementById('key-error');
    const refuse = (message) => Object.assign(new Error(message), { shown: true });
    document.getElementById('key-file').addEventListener('change', async (event) => {
      error.hidden = true;
      try {
        const file = JSON.parse(await event.target.files[0].text());
        const vote = Number(decryptForm.dataset.vote);
        const trustee = Number(decryptForm.dataset.trustee);
        if (file.vote !== vote || file.trustee !== trustee || B.publicKeyOf(file.secret) !== file.share.publicKey
            || file.share.publicKey !== decryptForm.dataset.registered) {
          throw refuse('Tệp khóa này không phải của bạn cho cuộc bỏ phiếu này.');
        }
        // the totals are added up here from the box, never taken on the server's word: what is
        // opened is always the sum of every ballot, never one ballot passed off as a total
        const box = JSON.parse(decryptForm.dataset.box);
        const totals = B.sumTotals(box);
        if (JSON.stringify(totals) !== JSON.stringify(JSON.parse(decryptForm.dataset.totals))) {
          throw refuse('Các tổng trên máy chủ không khớp với hộp phiếu: không giải mã. Báo ngay cho Ban Thi đua – Khen thưởng.');
        }
        if (!window.confirm('Góp phần giải mã tổng của ' + box.length + ' phiếu (số người đã bỏ phiếu: '
            + decryptForm.dataset.voted + ')? Không phiếu riêng nào được giải mã.')) {
          return;
        }
        document.getElementById('decryption-shares').value = JSON.stringify(B.partialDecrypt(vote, trustee, file.secret, totals));
        decryptForm.submit();
      } catch (e) {
        error.textContent = e.shown ? e.message : 'Không đọc được tệp khóa bí mật.';
        error.hidden = false;
      }
    });
    // the offline tool's output, pasted: the server checks its proofs against the box's own sums
    document.getElementById('use-pasted-shares').addEventListener('click', () => {
      document.getElementById('decryption-shares').value = document.getElementById('pasted-shares').value;
      decryptForm.submit();
    });
  }

})();
