console.log('sorted');
