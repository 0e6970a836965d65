import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The device camera: each capture becomes a JPEG file, taken at a time the app knows first-hand. */
export function CameraDialog({
  onCapture,
  onClose,
}: {
  onCapture: (file: File, capturedAt: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    if (!navigator.mediaDevices) {
      setFailure('no camera on this device');
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 4000 } }, audio: false })
      .then((s) => {
        if (!live) {
          s.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch((error: unknown) =>
        setFailure(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      live = false;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  const capture = () => {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0);
    const at = Date.now();
    canvas.toBlob(
      (blob) => {
        if (blob) onCapture(new File([blob], `camera-${at}.jpg`, { type: 'image/jpeg' }), at);
      },
      'image/jpeg',
      0.9,
    );
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('fieldWork.takePhoto')}</DialogTitle>
      <DialogContent>
        {failure ? (
          <Alert severity="error">{t('fieldWork.cameraFailed', { reason: failure })}</Alert>
        ) : (
          <video
            ref={video}
            autoPlay
            playsInline
            muted
            style={{ width: '100%', borderRadius: 8 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('fieldWork.cancel')}</Button>
        <Button variant="contained" onClick={capture} disabled={failure !== null}>
          {t('fieldWork.capture')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
