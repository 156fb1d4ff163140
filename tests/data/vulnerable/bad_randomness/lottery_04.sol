pragma solidity ^0.4.24;

contract Lottery {
    address[] public players;

    function enter() public payable {
        require(msg.value == 0.1 ether);
        players.push(msg.sender);
    }

    function pickWinner() public {
        uint256 index = uint256(keccak256(abi.encodePacked(block.difficulty, now, players.length))) % players.length; // @vuln category=bad_randomness
        players[index].transfer(address(this).balance);
        delete players;
    }
}
