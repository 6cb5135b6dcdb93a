import { Alert, Box, Text } from '@mantine/core';
import { IconCameraOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameSize, loadJsQr } from './scan';

const FRAME_MS = 125; // ~8 frames a second: quick enough at a door, easy on a phone's battery.

type CameraState = 'starting' | 'on' | 'denied' | 'unavailable';

/**
 * The back camera in a box, decoding QR codes on a hidden canvas (~8 fps) with jsqr, which is loaded only
 * here. Every decoded text goes to `onCode` (the caller decides whether to send it). The camera stops when
 * the component unmounts. Test ids: `qr-video`, `qr-camera-error` (with `data-reason`).
 */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);
  const [state, setState] = useState<CameraState>('starting');

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let frame = 0;
    let lastAt = 0;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia || !ctx) {
        setState('unavailable');
        return;
      }
      try {
        const [decode, media] = await Promise.all([loadJsQr(), navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })]);
        stream = media;
        if (stopped) return;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = media;
        await video.play().catch(() => undefined);
        setState('on');
        const tick = (now: number) => {
          if (stopped) return;
          frame = requestAnimationFrame(tick);
          if (now - lastAt < FRAME_MS || video.readyState < 2 || video.videoWidth === 0) return;
          lastAt = now;
          const size = frameSize(video.videoWidth, video.videoHeight);
          canvas.width = size.width;
          canvas.height = size.height;
          ctx.drawImage(video, 0, 0, size.width, size.height);
          const image = ctx.getImageData(0, 0, size.width, size.height);
          const code = decode(image.data, size.width, size.height, { inversionAttempts: 'dontInvert' });
          if (code?.data) onCodeRef.current(code.data);
        };
        frame = requestAnimationFrame(tick);
      } catch (e) {
        if (!stopped) setState(e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError') ? 'denied' : 'unavailable');
      }
    };
    void start();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  if (state === 'denied' || state === 'unavailable') {
    return (
      <Alert color="orange" icon={<IconCameraOff aria-hidden />} role="alert" data-testid="qr-camera-error" data-reason={state}>
        {t(state === 'denied' ? 'programmes.attendance.cameraDenied' : 'programmes.attendance.cameraUnavailable')}
      </Alert>
    );
  }
  return (
    <Box pos="relative" style={{ borderRadius: 12, overflow: 'hidden', background: '#000', maxWidth: 480 }}>
      <video ref={videoRef} playsInline muted autoPlay aria-label={t('programmes.attendance.cameraLabel')} style={{ width: '100%', display: 'block', aspectRatio: '4 / 3', objectFit: 'cover' }} data-testid="qr-video" data-state={state} />
      <Box pos="absolute" inset="15%" style={{ border: '3px solid rgba(255,255,255,0.85)', borderRadius: 12, pointerEvents: 'none' }} aria-hidden />
      {state === 'starting' && (
        <Text pos="absolute" top="45%" w="100%" ta="center" c="white">
          {t('programmes.attendance.cameraStarting')}
        </Text>
      )}
    </Box>
  );
}
